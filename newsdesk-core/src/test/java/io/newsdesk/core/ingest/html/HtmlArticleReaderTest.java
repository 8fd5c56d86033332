package io.newsdesk.core.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML files read through {@link CorpusReader#standard()}, as {@code newsdesk digest} reads them. */
class HtmlArticleReaderTest {

  @TempDir
  Path folder;

  @Test
  void readsPagesPlainAndGzippedIntoArticles() throws IOException {
    Files.write(folder.resolve("harbour.html"), Fixtures.bytes("html/harbour-daily-article.html"));
    gzip(Fixtures.bytes("html/metadata-in-json-ld.html"), folder.resolve("lentils.htm.gz"));

    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(folder), articles::add);

    assertEquals(List.of(), report.problems());
    assertEquals(2, articles.size());
    Article harbour = articles.get(0);
    assertEquals("https://harbourdaily.example/news/2019/11/19/harbour-road-closure", harbour.id(),
        "the canonical address is the id");
    assertEquals(harbour.id(), harbour.url());
    assertEquals("The Harbour Daily", harbour.outlet());
    assertEquals(Instant.parse("2019-11-19T07:30:00Z"), harbour.published());
    assertEquals("en", harbour.language());
    assertTrue(harbour.text().startsWith("The town council voted"), harbour.text());

    Article lentils = articles.get(1);
    assertEquals("lentils.htm.gz", lentils.id(), "no address in the page: the path is the id");
    assertEquals("Lentil prices climb for a third month", lentils.title());
    assertEquals("en", lentils.language(), "guessed from the text");
  }

  @Test
  void turnsBadFilesIntoProblems() throws IOException {
    Files.write(folder.resolve("empty-page.html"), Fixtures.bytes("html/empty-page.html"));
    Files.write(folder.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
    Files.writeString(folder.resolve("not-gzip.html.gz"), "<html><body><p>plain, not gzip</p></body></html>");

    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(folder), articles::add);

    assertEquals(List.of(), articles);
    assertEquals(List.of(
        new Problem(folder.resolve("empty-page.html").toString(), "no article text found in the page"),
        new Problem(folder.resolve("image.html").toString(), "binary content (NUL byte at offset 4), not a web page"),
        new Problem(folder.resolve("not-gzip.html.gz").toString(), "not a valid gzip file (Not in GZIP format)")),
        report.problems());
  }

  @Test
  void refusesPagesOverTheRecordLimitOnceUncompressed() throws IOException {
    byte[] big = ("<html><body>" + "<p>Long page text. </p>".repeat(10_000) + "</body></html>").getBytes();
    gzip(big, folder.resolve("big.html.gz"));

    CorpusReader.Report report = CorpusReader.standard(100_000).read(List.of(folder), a -> { });

    assertEquals(1, report.problems().size());
    assertTrue(report.problems().get(0).reason().startsWith("content is over the 0.1 MB limit"),
        report.problems().get(0).reason());
  }

  private static void gzip(byte[] bytes, Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
  }
}
