package io.newsdesk.core.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.pipeline.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcArticleReaderTest {

  private static final String[] STORIES = {
      "harbour council votes to close the sea wall road for repairs",
      "dockworkers strike over unpaid wages enters its second week",
      "lentil prices climb for a third month after a dry spring",
      "floods cut the road to the airport and rescue crews clear debris",
      "schools reopen after a week of closures caused by the floods"};

  @TempDir
  Path folder;

  @ParameterizedTest(name = "gzip={0}")
  @ValueSource(booleans = {false, true})
  void digestsAThousandRecordArchiveEndToEnd(boolean gzip) throws IOException {
    Path warc = folder.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
    int pages = 0;
    try (TestWarcs w = new TestWarcs(warc, gzip)) {
      for (int i = 0; i < 1000; i++) {
        String url = "https://news.example/" + (i % STORIES.length) + "/story-" + i;
        if (i % 10 == 0) {
          w.request(url);
        }
        if (i % 20 == 0) {
          w.response(url + ".jpg", 200, "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2}, null);
        }
        if (i % 50 == 0) {
          w.response(url + "-gone", 404, "text/html", "<html><body>Not found</body></html>".getBytes(), null);
        }
        w.htmlResponse(url, story(i));
        pages++;
      }
      w.resource("https://news.example/archive/page", "text/html", story(1000), StandardCharsets.UTF_8);
      pages++;
    }

    DigestResult result = new Digest(CorpusReader.standard(), new io.newsdesk.core.clean.JunkLineFilter(),
        new io.newsdesk.core.cluster.SinglePassClusterer(), io.newsdesk.core.facts.Gazetteer.countries(), 3)
        .run(List.of(warc), Progress.NONE);

    assertEquals(List.of(), result.problems());
    assertEquals(1001, pages);
    assertEquals(pages, result.articles());
    assertEquals(Map.of("WARC request record", 100, "non-HTML payload (image/jpeg)", 50, "HTTP status 4xx", 20),
        result.read().skippedRecords());
    assertTrue(result.events().size() >= STORIES.length && result.events().size() < 100,
        "the five stories make a handful of events, not one per page: " + result.events().size());
  }

  @Test
  void readsAHandWrittenCrawl() throws IOException {
    Path warc = folder.resolve("small-crawl.warc");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/warc/small-crawl.warc")) {
      Files.copy(in, warc);
    }
    Read read = read(warc);

    assertEquals(List.of(), read.report.problems());
    assertEquals(List.of("https://quaycourier.example/cafes", "https://coast.example/lifeboat"),
        read.articles.stream().map(Article::id).toList());
    Article cafes = read.articles.get(0);
    assertEquals("Quay Courier", cafes.outlet());
    assertEquals("Café owners protest rent rise", cafes.title(), "ISO-8859-1 as the HTTP header says");
    assertEquals(Instant.parse("2019-11-20T09:00:00Z"), cafes.published());
    assertTrue(cafes.text().endsWith("said Zoë Lefèvre, who has run the Café du Port for twelve years."),
        cafes.text());
    assertEquals("coast.example", read.articles.get(1).outlet());
    assertEquals(Map.of("WARC warcinfo record", 1, "WARC request record", 1, "HTTP status 3xx", 1,
        "non-HTML payload (image/png)", 1, "WARC metadata record", 1), read.report.skippedRecords());
  }

  @Test
  void givesEachArticleItsAddressTitleDateAndText() throws IOException {
    Path warc = folder.resolve("one.warc");
    try (TestWarcs w = new TestWarcs(warc, false)) {
      w.htmlResponse("https://news.example/a", story(9));
    }
    List<Article> articles = read(warc).articles;

    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("https://news.example/a", a.id());
    assertEquals(warc + "@0", a.source());
    assertEquals("Story 9: schools reopen after a week of closures caused by the floods", a.title());
    assertTrue(a.text().startsWith("Reporters said on day 9 that schools reopen"), a.text());
    assertEquals("en", a.language());
  }

  @Test
  void takesTheCharsetFromTheHttpHeaderThenFromTheMetaTag() throws IOException {
    Path warc = folder.resolve("charsets.warc");
    String russian = "Цены на хлеб в городе выросли на треть за месяц, говорят жители и торговцы рынка.";
    String french = "Les pêcheurs ont pu reprendre la mer dès l'aube, mais plusieurs bateaux restent à quai.";
    try (TestWarcs w = new TestWarcs(warc, false)) {
      w.response("https://ru.example/a", 200, "text/html; charset=windows-1251",
          ("<html><body><p>" + russian + "</p></body></html>").getBytes(Charset.forName("windows-1251")), null);
      w.response("https://fr.example/b", 200, "text/html",
          ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + french + "</p></body></html>")
              .getBytes(Charset.forName("windows-1252")), null);
      w.response("https://fr.example/c", 200, "text/html; charset=utf-8",
          gzip(("<html><body><p>" + french + "</p></body></html>").getBytes(StandardCharsets.UTF_8)), "gzip");
    }
    Read read = read(warc);

    assertEquals(List.of(), read.report.problems());
    assertEquals(List.of(russian, french, french), read.articles.stream().map(Article::text).toList());
  }

  @ParameterizedTest(name = "gzip={0}")
  @ValueSource(booleans = {false, true})
  void keepsEveryCompleteRecordBeforeACutAndReportsTheCutOnce(boolean gzip) throws IOException {
    Path whole = folder.resolve(gzip ? "whole.warc.gz" : "whole.warc");
    List<Long> offsets;
    long end;
    try (TestWarcs w = new TestWarcs(whole, gzip)) {
      for (int i = 0; i < 12; i++) {
        w.htmlResponse("https://news.example/" + i, story(i));
      }
      offsets = List.copyOf(w.offsets());
      end = w.position();
    }
    byte[] bytes = Files.readAllBytes(whole);
    int broken = 7;
    long start = offsets.get(broken);
    long next = broken + 1 < offsets.size() ? offsets.get(broken + 1) : end;
    // Cuts inside the record: in its WARC header, its HTTP header, its page. (The last 4 bytes are the record's
    // closing blank line; a cut there leaves the page whole.)
    for (long cut : new long[] {start + 1, start + 40, start + (next - start) / 2, next - 5}) {
      Path cutFile = folder.resolve((gzip ? "cut-" + cut + ".warc.gz" : "cut-" + cut + ".warc"));
      Files.write(cutFile, Arrays.copyOf(bytes, (int) cut));

      Read read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(cutFile));

      assertEquals(broken, read.articles.size(), "cut at " + cut);
      for (int i = 0; i < broken; i++) {
        assertEquals("https://news.example/" + i, read.articles.get(i).id());
      }
      assertEquals(1, read.report.problems().size(), () -> "cut at " + cut + ": " + read.report.problems());
      Problem p = read.report.problems().get(0);
      assertEquals(cutFile + "@" + start, p.record());
      assertTrue(p.reason().startsWith("truncated or malformed WARC record at byte offset " + start + " ("),
          p.reason());
    }
  }

  @Test
  void stopsAtAMalformedRecordAndKeepsWhatCameBefore() throws IOException {
    Path good = folder.resolve("good.warc");
    try (TestWarcs w = new TestWarcs(good, false)) {
      for (int i = 0; i < 3; i++) {
        w.htmlResponse("https://news.example/" + i, story(i));
      }
    }
    Path bad = folder.resolve("bad.warc");
    byte[] garbage = "WARC/1.0\r\nContent-Length: lots\r\n\r\nnot a record\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] first = Files.readAllBytes(good);
    Files.write(bad, concat(first, garbage, first));

    Read read = read(bad);

    assertEquals(3, read.articles.size());
    assertEquals(1, read.report.problems().size());
    assertEquals(bad + "@" + first.length, read.report.problems().get(0).record());
  }

  @Test
  void reportsAnArchiveWithoutPages() throws IOException {
    Path warc = folder.resolve("requests.warc.gz");
    try (TestWarcs w = new TestWarcs(warc, true)) {
      w.request("https://news.example/a");
      w.response("https://news.example/a.png", 200, "image/png", new byte[] {1, 2, 3}, null);
    }
    Read read = read(warc);
    assertEquals(List.of(), read.articles);
    assertEquals(List.of(new Problem(warc.toString(),
        "no article in the archive (2 records, none of them a readable HTML page)")), read.report.problems());
    assertEquals(Map.of("WARC request record", 1, "non-HTML payload (image/png)", 1), read.report.skippedRecords());
  }

  private static String story(int i) {
    String story = STORIES[i % STORIES.length];
    return TestWarcs.page("Story " + i + ": " + story,
        "Reporters said on day " + i + " that " + story + ", according to officials who spoke on the record.",
        "Residents told the paper that the " + story.split(" ")[0] + " had been expected for weeks, and that "
            + "they hoped the authorities would act before the winter.");
  }

  private record Read(List<Article> articles, CorpusReader.Report report) {}

  private static Read read(Path file) {
    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(file), articles::add);
    return new Read(articles, report);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
