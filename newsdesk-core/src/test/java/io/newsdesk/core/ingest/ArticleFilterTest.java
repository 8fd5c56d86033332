package io.newsdesk.core.ingest;

import static io.newsdesk.core.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilterTest {

  private static Article at(String url, String language, String date) {
    Article a = article(url, "Post", date, null, "Text.");
    return new Article(a.id(), a.source(), url, null, a.published(), "Post", language, "Text.");
  }

  @Test
  void hostsMatchSubdomainsAndIgnoreWww() {
    ArticleFilter f = new ArticleFilter(Set.of("WWW.Example.org"), Set.of(), null, null);
    assertTrue(f.accepts(at("https://www.example.org/a", "en", "2025-03-01")));
    assertTrue(f.accepts(at("https://news.example.org/a", "en", "2025-03-01")));
    assertFalse(f.accepts(at("https://example.org.evil.test/a", "en", "2025-03-01")));
    assertFalse(f.accepts(at("local-file.txt", "en", "2025-03-01")), "no address, no host");
  }

  @Test
  void languagesAndDates() {
    ArticleFilter f = new ArticleFilter(Set.of(), Set.of("EN"), Instant.parse("2025-03-01T00:00:00Z"),
        Instant.parse("2025-04-01T00:00:00Z"));
    assertTrue(f.accepts(at("a", "en", "2025-03-31")));
    assertFalse(f.accepts(at("b", "fr", "2025-03-15")));
    assertFalse(f.accepts(at("c", "en", "2025-04-01")));
    assertFalse(f.accepts(at("d", "en", null)), "undated articles fall outside a date filter");
    assertTrue(ArticleFilter.NONE.accepts(at("e", "und", null)));
    assertThrows(IllegalArgumentException.class, () -> new ArticleFilter(Set.of(), Set.of(),
        Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2025-03-01T00:00:00Z")));
  }

  @Test
  void aPageReplacesTheFeedItemOfTheSameAddressWhateverTheOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-feed.rss"), """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.test/</link>
        <item><title>Strike ends</title><link>https://harbour.test/strike</link>
          <description>Short teaser about the strike.</description><pubDate>Wed, 12 Mar 2025 09:00:00 GMT</pubDate></item>
        <item><title>Rain due</title><link>https://harbour.test/rain</link>
          <description>Rain is due on Friday across the valley.</description></item>
        </channel></rss>""");
    Files.writeString(dir.resolve("b-page.html"), """
        <html><head><title>Strike ends</title><link rel="canonical" href="https://harbour.test/strike"></head>
        <body><article><p>Dockworkers at the harbour ended their strike on Wednesday after the port board agreed
        to pay two months of wages that had been owed since the winter, union leaders said.</p>
        <p>Ships began unloading within hours, and traders said fuel prices should fall by the weekend.</p>
        </article></body></html>""");
    List<Article> read = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(dir), read::add);
    assertEquals(List.of("https://harbour.test/strike", "https://harbour.test/rain"),
        read.stream().map(Article::id).toList());
    assertTrue(read.get(0).text().startsWith("Dockworkers at the harbour"), read.get(0).text());
    assertEquals(1, report.skippedRecords().get("feed item replaced by its page"));
    assertTrue(report.problems().isEmpty(), report.problems().toString());
  }
}
