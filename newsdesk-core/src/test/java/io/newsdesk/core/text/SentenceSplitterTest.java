package io.newsdesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Sentence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void splitsPlainSentences() {
    assertEquals(List.of("The port reopened.", "Ships queued outside!", "Who pays?"),
        split("The port reopened. Ships queued outside! Who pays?"));
  }

  @Test
  void keepsTitlesAndMonthAbbreviationsInside() {
    assertEquals(List.of("Mr. Ortiz met Gen. Haddad on Jan. 3 in the capital.", "Talks failed."),
        split("Mr. Ortiz met Gen. Haddad on Jan. 3 in the capital. Talks failed."));
  }

  @Test
  void keepsInitialsAndDottedAcronymsInside() {
    assertEquals(List.of("J. R. Halvorsen of the U.N. mission said the road was open."),
        split("J. R. Halvorsen of the U.N. mission said the road was open."));
  }

  @Test
  void endsAtAcronymWhenASentenceOpensAfterIt() {
    assertEquals(List.of("Aid arrived from the U.S.", "The convoy left at noon."),
        split("Aid arrived from the U.S. The convoy left at noon."));
  }

  @Test
  void keepsDecimalsAndMoney() {
    assertEquals(List.of("Prices rose 3.5 percent to $1.2 billion.", "Markets fell."),
        split("Prices rose 3.5 percent to $1.2 billion. Markets fell."));
  }

  @Test
  void keepsClosingQuoteWithItsSentence() {
    assertEquals(List.of("\"We will reopen on Monday.\"", "She left."),
        split("\"We will reopen on Monday.\" She left."));
    assertEquals(List.of("\"Is it safe?\" he asked.", "Nobody knew."),
        split("\"Is it safe?\" he asked. Nobody knew."));
  }

  @Test
  void splitsGluedSentencesThatScrapersLeave() {
    assertEquals(List.of("It is an affiliate (of the group).", "Meanwhile the talks went on."),
        split("It is an affiliate (of the group).Meanwhile the talks went on."));
    assertEquals(List.of("A meeting in NYC?", "Early on Friday the army moved."),
        split("A meeting in NYC?Early on Friday the army moved."));
  }

  @Test
  void lineBreaksEndSentences() {
    assertEquals(List.of("According to the agency:", "The road is closed."),
        split("According to the agency:\nThe road is closed."));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  First one here.  Second one\nthird line ";
    for (Sentence s : splitter.split(text)) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    assertEquals(3, splitter.split(text).size());
  }

  @Test
  void emptyAndPunctuationOnlyInputGiveNoSentences() {
    assertTrue(split("").isEmpty());
    assertTrue(split(" ... \n -- ").isEmpty());
  }

  @Test
  void randomInputNeverBreaksOffsets() {
    Random random = new Random(42);
    String alphabet = "ab C.D!?\"'\n 1.5 Mr. U.S.)(…“”";
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(80);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int last = 0;
      for (Sentence s : splitter.split(text)) {
        assertTrue(s.start() >= last && s.end() <= text.length(), text);
        assertEquals(s.text(), text.substring(s.start(), s.end()));
        last = s.end();
      }
    }
  }

  @Test
  void readsARunWithoutSentenceEndsAsSentencesOfBoundedLength() {
    String text = "word ".repeat(3000) + "end.";
    List<Sentence> sentences = splitter.split(text);
    assertTrue(sentences.size() >= 7, "15,000 characters without an end make several sentences");
    for (Sentence s : sentences) {
      assertTrue(s.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS, "a sentence of " + s.text().length());
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      assertTrue(s.text().startsWith("word") || s.text().startsWith("end"), "cut at spaces: " + s.text());
    }
  }
}
