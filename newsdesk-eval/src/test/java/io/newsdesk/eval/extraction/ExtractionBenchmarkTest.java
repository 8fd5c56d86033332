package io.newsdesk.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.ingest.html.ScoringArticleExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runner on a two-page benchmark of the same layout, written here. */
class ExtractionBenchmarkTest {

  private static final String DATED = """
      <html><head><meta property="article:published_time" content="2019-11-19T08:00:00Z"></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article><h1>Harbour road closes</h1>
      <p>The council voted on Tuesday to close the harbour road for repairs that engineers say are overdue.</p>
      <p>Repairs will take three weeks, and buses will be sent along the coast road until they are finished.</p>
      </article><footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>""";
  private static final String UNDATED = """
      <html><body><div class="story"><p>Flood waters rose overnight in the lower town, and forty families
      left their homes before dawn, the fire service said on Wednesday morning.</p></div></body></html>""";

  @TempDir
  Path temp;

  @Test
  void writesPredictionsInTheBenchmarksFormatIntoTheCopyOnly() throws IOException {
    Path data = benchmark();
    Path work = temp.resolve("work");
    ExtractionReport report = new ExtractionBenchmark(new ScoringArticleExtractor(), "test").run(data, work);

    assertEquals(work.resolve("output/newsdesk.json"), report.outputFile());
    JsonNode written = new ObjectMapper().readTree(report.outputFile().toFile());
    assertEquals("test", written.get("version").asText());
    List<String> ids = new java.util.ArrayList<>();
    written.get("output").fieldNames().forEachRemaining(ids::add);
    assertEquals(List.of("dated", "undated"), ids);
    assertTrue(written.get("output").get("dated").get("articleBody").asText().startsWith("The council voted"));
    assertFalse(Files.exists(data.resolve("output")), "nothing is written into the benchmark folder");
    try (Stream<Path> copied = Files.list(work)) {
      assertEquals(3, copied.count(), "ground-truth.json, html/ and output/ in the copy");
    }
  }

  @Test
  void scoresAndCountsDates() throws IOException {
    ExtractionReport report = new ExtractionBenchmark(new ScoringArticleExtractor(), "test")
        .run(benchmark(), temp.resolve("work"));

    assertEquals(2, report.scores().pages());
    assertEquals(1.0, report.scores().f1(), 1e-9);
    assertEquals(1, report.pagesWithDateMarkup());
    assertEquals(1, report.datedPagesWithDateMarkup());
    SplitScores split = report.splitScores();
    assertEquals(2, split.dev().pages() + split.test().pages());
    // worked out with python3 hashlib: "dated.html.gz" falls in test, "undated.html.gz" in dev
    assertEquals(io.newsdesk.eval.Split.Part.TEST, report.pages().get(0).part());
    assertEquals(io.newsdesk.eval.Split.Part.DEV, report.pages().get(1).part());
    assertTrue(report.summaryLine().matches("extraction: test_f1=\\S+ test_precision=\\S+ test_recall=\\S+ test_pages=\\d "
        + "dev_f1=\\S+ dev_precision=\\S+ dev_recall=\\S+ dev_pages=\\d f1=1\\.000 pages_per_s=\\d+"),
        report.summaryLine());
  }

  @Test
  void refusesAFolderThatIsNotTheBenchmark() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExtractionBenchmark.checkDataFolder(temp));
    assertTrue(e.getMessage().contains("expected ground-truth.json and html/"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ExtractionBenchmark.checkDataFolder(temp.resolve("missing")));
    assertTrue(e.getMessage().startsWith("no such folder: "), e.getMessage());
  }

  private Path benchmark() throws IOException {
    Path data = temp.resolve("benchmark");
    Files.createDirectories(data.resolve("html"));
    Files.writeString(data.resolve("ground-truth.json"), """
        {"dated": {"articleBody": "The council voted on Tuesday to close the harbour road for repairs that \
        engineers say are overdue.\\n\\nRepairs will take three weeks, and buses will be sent along the coast \
        road until they are finished.", "url": "https://example.com/2019/11/19/harbour"},
         "undated": {"articleBody": "Flood waters rose overnight in the lower town, and forty families left \
        their homes before dawn, the fire service said on Wednesday morning.", "url": null}}""");
    gzip(DATED, data.resolve("html/dated.html.gz"));
    gzip(UNDATED, data.resolve("html/undated.html.gz"));
    return data;
  }

  private static void gzip(String html, Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
