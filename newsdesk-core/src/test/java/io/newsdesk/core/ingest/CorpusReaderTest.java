package io.newsdesk.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/text");

  @Test
  void oddFilesEachGetAMessageAndTheRestOfTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Files.copy(FIXTURES.resolve("port-strike.txt"), dir.resolve("a-port-strike.txt"));
    Files.copy(FIXTURES.resolve("latin1-cafe.txt"), dir.resolve("b-latin1.txt"));
    Files.copy(FIXTURES.resolve("binary-image.txt"), dir.resolve("c-binary.txt"));
    Files.createFile(dir.resolve("d-empty.txt"));
    writeLargeFile(dir.resolve("e-huge.txt"), 50_000_000);
    Files.writeString(dir.resolve("f-notes.md"), "not an article format");
    Files.writeString(dir.resolve("g-last.json"), "{\"id\": \"last\", \"text\": \"The last article still counts.\"}");

    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(dir), articles::add);

    assertEquals(List.of("a-port-strike.txt", "b-latin1.txt", "last"), articles.stream().map(Article::id).toList());
    assertEquals("Café owners in São Tomé protest", articles.get(1).title());
    assertEquals(Map.of(".md", 1), report.ignoredByExtension());
    assertEquals(3, report.problems().size(), report.problems().toString());
    assertProblem(report, "c-binary.txt", "binary content");
    assertProblem(report, "d-empty.txt", "empty file");
    assertProblem(report, "e-huge.txt", "50.0 MB, over the 16.8 MB limit");
  }

  @Test
  void anArticleOverTheBudgetIsCutKeptAndReported(@TempDir Path dir) throws IOException {
    String text = "The council met again. ".repeat(ArticleBudget.DEFAULT_MAX_WORDS / 4 + 100);
    Files.writeString(dir.resolve("long.json"), "{\"id\": \"long\", \"text\": \"" + text + "\"}");
    Files.writeString(dir.resolve("short.json"), "{\"id\": \"short\", \"text\": \"A short one.\"}");
    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(dir), articles::add);
    assertEquals(2, articles.size(), "the long article is kept, cut, and the batch goes on");
    String kept = articles.get(0).text();
    assertTrue(kept.endsWith("again."), "cut at a sentence end");
    assertTrue(kept.split(" ").length <= ArticleBudget.DEFAULT_MAX_WORDS);
    Problem notice = report.problems().get(0);
    assertTrue(notice.kept());
    assertTrue(notice.reason().contains("article \"long\" has 200,400 words"), notice.reason());
  }

  @Test
  void languageIsGuessedWhenNotGiven() {
    List<Article> articles = new ArrayList<>();
    CorpusReader.standard().read(List.of(FIXTURES.resolve("port-strike.txt")), articles::add);
    assertEquals("en", articles.get(0).language());
  }

  @Test
  void duplicateIdsAreSkippedWithTheFirstKept(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("one.jsonl"), "{\"id\": \"same\", \"text\": \"First.\"}\n{\"id\": \"same\", \"text\": \"Again.\"}\n");
    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(dir), articles::add);
    assertEquals(1, articles.size());
    assertEquals("First.", articles.get(0).text());
    assertTrue(report.problems().get(0).reason().contains("duplicate article id \"same\""));
  }

  @Test
  void missingPathsAndUnsupportedFilesNamedOnTheCommandLineAreProblems(@TempDir Path dir) throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.pdf"), "x");
    CorpusReader.Report report = CorpusReader.standard().read(List.of(dir.resolve("nope"), notes), a -> { });
    assertEquals(2, report.problems().size());
    assertTrue(report.problems().get(0).reason().contains("no such file"));
    assertTrue(report.problems().get(1).reason().contains("unsupported file type \".pdf\""));
  }

  @Test
  void idsAreRelativeToTheArgumentAndTheOrderIsStable(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/z.txt"), "Zed.");
    Files.writeString(dir.resolve("a.txt"), "Ay.");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden.");
    List<String> ids = new ArrayList<>();
    CorpusReader.standard().read(List.of(dir), a -> ids.add(a.id()));
    assertEquals(List.of("a.txt", "b/z.txt"), ids);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> CorpusReader.standard(0));
    assertThrows(IllegalArgumentException.class, () -> new CorpusReader(List.of(), 10));
  }

  private static void assertProblem(CorpusReader.Report report, String file, String reason) {
    for (Problem p : report.problems()) {
      if (p.record().endsWith(file)) {
        assertTrue(p.reason().contains(reason), p.toString());
        return;
      }
    }
    throw new AssertionError("no problem for " + file + " in " + report.problems());
  }

  private static void writeLargeFile(Path path, long bytes) throws IOException {
    byte[] line = "A line of a very large article that nobody should load into memory at once.\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[line.length * 1000];
    for (int i = 0; i < 1000; i++) {
      System.arraycopy(line, 0, block, i * line.length, line.length);
    }
    try (OutputStream out = Files.newOutputStream(path)) {
      for (long written = 0; written < bytes; written += block.length) {
        out.write(block, 0, (int) Math.min(block.length, bytes - written));
      }
    }
    assertTrue(Files.size(path) >= bytes, Arrays.toString(new long[] {Files.size(path)}));
  }
}
