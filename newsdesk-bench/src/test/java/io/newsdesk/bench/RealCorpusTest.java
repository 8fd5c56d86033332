package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealCorpusTest {

  private static Article article(String id, String day, String text) {
    return new Article(id, id, null, "Title " + id, Instant.parse(day + "T08:00:00Z"), "Outlet", "en", text);
  }

  private final List<Article> originals = List.of(
      article("a", "2018-07-01", "Rebels handed over the crossing."),
      article("b", "2018-07-03", "The army entered the town on Friday."),
      article("c", "2018-07-11", "Talks resumed in the capital."));

  @Test
  void replicatesToTheSizeAskedWithFreshIds() {
    List<Article> out = RealCorpus.of(originals).replicate(8);
    assertEquals(8, out.size());
    assertEquals(8, new HashSet<>(out.stream().map(Article::id).toList()).size());
    assertEquals(originals, out.subList(0, 3));
    assertEquals("r1/a", out.get(3).id());
    assertEquals("r2/b", out.get(7).id());
  }

  @Test
  void roundsNeverShareAWindowWithEachOther() {
    List<Article> out = RealCorpus.of(originals).replicate(6);
    Instant lastOfFirstRound = out.get(2).published();
    Instant firstOfSecondRound = out.get(3).published();
    assertTrue(Duration.between(lastOfFirstRound, firstOfSecondRound).toDays() >= 30,
        "a round starts at least 30 days after the one before it ends");
    // each copy keeps its original's text and its place in the round's time line
    assertEquals(originals.get(1).text(), out.get(4).text());
    assertEquals(Duration.between(out.get(0).published(), out.get(1).published()),
        Duration.between(out.get(3).published(), out.get(4).published()));
  }

  @Test
  void refusesUndatedOrNoArticles() {
    assertThrows(IllegalArgumentException.class, () -> RealCorpus.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> RealCorpus.of(List.of(originals.get(0).withPublished(null))));
  }

  @Test
  void joinsRealParagraphsIntoOneLongArticle() {
    Article joined = LongArticles.joined(originals, 500, "\n\n", "long");
    assertEquals(500, joined.text().length());
    assertTrue(joined.text().startsWith("Rebels handed over the crossing.\n\nThe army entered"));
    Article paragraph = LongArticles.joined(originals, 500, " ", "one-paragraph");
    assertTrue(paragraph.text().indexOf('\n') < 0, "one paragraph has no line breaks");
  }

  @Test
  void countsWordsBetweenSpaces() {
    assertEquals(0, RealCorpus.words("  "));
    assertEquals(3, RealCorpus.words(" one two\n\nthree "));
  }
}
