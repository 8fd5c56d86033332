package io.newsdesk.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import org.junit.jupiter.api.Test;

class ArticleBudgetTest {

  private static Article article(String text) {
    return new Article("long-1", "feed.jsonl:1", null, "Title", null, "Outlet", "en", text);
  }

  @Test
  void leavesAnArticleWithinTheBudgetAlone() {
    Article a = article("Four words in all.");
    ArticleBudget.Fitted fitted = new ArticleBudget(4).fit(a);
    assertSame(a, fitted.article());
    assertNull(fitted.notice());
  }

  @Test
  void cutsAtTheLastSentenceEndBeforeTheLimitAndSaysSo() {
    String kept = "word ".repeat(989) + "end.";
    String text = kept + " " + "more ".repeat(1000);
    ArticleBudget.Fitted fitted = new ArticleBudget(1000).fit(article(text));
    assertEquals(kept, fitted.article().text());
    assertTrue(fitted.notice().kept(), "a cut article is kept, not skipped");
    assertEquals("cut", fitted.notice().outcome());
    assertTrue(fitted.notice().reason().contains("1,990 words"), fitted.notice().reason());
    assertTrue(fitted.notice().reason().contains("long-1"), "the notice names the article");
  }

  @Test
  void cutsAParagraphWithoutSentenceEndsAtTheLimit() {
    String text = "word ".repeat(50);
    ArticleBudget.Fitted fitted = new ArticleBudget(10).fit(article(text));
    assertEquals(10, fitted.article().text().split(" ").length);
  }

  @Test
  void prefersAParagraphEndNearTheLimitToALaterSentenceEnd() {
    String paragraph = "word ".repeat(989) + "last";
    String text = paragraph + "\nNext paragraph. " + "more ".repeat(100);
    ArticleBudget.Fitted fitted = new ArticleBudget(1000).fit(article(text));
    assertEquals(paragraph, fitted.article().text());
  }

  @Test
  void rejectsABudgetOfNothing() {
    assertThrows(IllegalArgumentException.class, () -> new ArticleBudget(0));
  }
}
