package io.newsdesk.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkLineFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "More news: Ten gadgets you must buy this spring",
      "Related: Floods hit the north again",
      "Read more: how the talks collapsed",
      "Comment: From the Daily Record: Talks resume in the capital",
      "Posted March 12, 2025",
      "Updated: 9 March 2025 14:05 GMT",
      "Share this article on Facebook",
      "Share on Twitter | WhatsApp | Email",
      "Follow us on Twitter",
      "Subscribe to our newsletter for daily updates",
      "Sign up for breaking news alerts",
      "Click here to read more",
      "Advertisement",
  })
  void dropsJunkLines(String line) {
    assertTrue(JunkLineFilter.isJunk(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The company said its share price rose 4 percent as news of the deal spread.",
      "More than 320 people fled the town, the agency said.",
      "Top officials met in the capital on Friday.",
      "Subscribers to the local paper complained about the delays.",
      "Follow-up talks are planned for next week.",
      "She shared the news with her family on Facebook, she said, before driving to the border crossing.",
      "Posted guards stood at the gate.",
  })
  void keepsRealSentences(String line) {
    assertFalse(JunkLineFilter.isJunk(line), line);
  }

  @Test
  void cleansAnArticleAndLeavesACleanOneAsItIs() {
    Article dirty = new Article("a", "a", null, null, null, null, "en",
        "First paragraph.\n\nMore news: Something else\n\nSecond paragraph.\nFollow us on Twitter");
    Article cleaned = new JunkLineFilter().clean(dirty);
    assertEquals("First paragraph.\n\nSecond paragraph.", cleaned.text());
    assertSame(cleaned, new JunkLineFilter().clean(cleaned));
  }
}
