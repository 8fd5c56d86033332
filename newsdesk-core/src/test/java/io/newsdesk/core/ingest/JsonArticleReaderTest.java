package io.newsdesk.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

  private final List<Article> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final ArticleSink sink = new ArticleSink() {
    @Override
    public void article(Article article) {
      articles.add(article);
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }
  };

  @Test
  void readsJsonLinesAndReportsEachBadLine() throws Exception {
    Path file = Path.of("src/test/resources/fixtures/text/two-articles.jsonl");
    new JsonArticleReader().read(new SourceFile(file, "two-articles.jsonl", 1 << 20), sink);

    assertEquals(List.of("a1", "a2", "two-articles.jsonl#6"), articles.stream().map(Article::id).toList());
    Article a1 = articles.get(0);
    assertEquals("Quake hits the valley", a1.title());
    assertEquals("Valley Post", a1.outlet());
    assertEquals("https://example.test/a1", a1.url());
    assertEquals(Instant.parse("2025-03-12T09:30:00Z"), a1.published());
    assertNull(articles.get(1).published());

    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).reason().contains("unreadable \"published\""), problems.toString());
    assertTrue(problems.get(1).record().endsWith(":4") && problems.get(1).reason().contains("no \"text\""));
    assertTrue(problems.get(2).record().endsWith(":5") && problems.get(2).reason().startsWith("invalid JSON"));
  }

  @Test
  void readsAJsonArrayAndTheUrlIsTheIdWhenNoneIsGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("batch.json");
    Files.writeString(file, "[{\"url\": \"https://example.test/x\", \"text\": \"One.\"}, {\"text\": \"Two.\"}, 5]");
    new JsonArticleReader().read(new SourceFile(file, "batch.json", 1 << 20), sink);
    assertEquals(List.of("https://example.test/x", "batch.json#2"), articles.stream().map(Article::id).toList());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).reason().contains("expected a JSON object"));
  }

  @Test
  void aLineOverTheRecordLimitIsSkippedAndReadingGoesOn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.jsonl");
    Files.writeString(file, "{\"text\": \"" + "x".repeat(5000) + "\"}\n{\"id\": \"small\", \"text\": \"Fine.\"}\n");
    new JsonArticleReader().read(new SourceFile(file, "big.jsonl", 1000), sink);
    assertEquals(List.of("small"), articles.stream().map(Article::id).toList());
    assertTrue(problems.get(0).record().endsWith(":1") && problems.get(0).reason().contains("limit"));
  }
}
