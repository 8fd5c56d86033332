package io.newsdesk.core.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticleReaderTest {

  @TempDir
  Path folder;

  @Test
  void readsRssItemsPreferringFullContentToTheDescription() throws IOException {
    Path rss = copy("harbour-daily.rss");
    Read read = read(rss);

    assertEquals(2, read.articles.size());
    Article first = read.articles.get(0);
    assertEquals("https://harbourdaily.example/news/harbour-road", first.id());
    assertEquals(first.id(), first.url());
    assertEquals(rss + "[0]", first.source());
    assertEquals("Council votes to close harbour road", first.title());
    assertEquals(Instant.parse("2019-11-19T07:30:00Z"), first.published());
    assertEquals("The Harbour Daily", first.outlet());
    assertEquals("en", first.language());
    assertEquals("The town council voted on Tuesday evening to close the harbour road for three weeks.\n\n"
        + "Work will begin on December 2, and buses will use the coast road.", first.text());

    Article second = read.articles.get(1);
    assertEquals("Ferry timetable changes & new winter fares", second.title());
    assertEquals("The winter timetable starts on December 1.\n\nFares rise by five per cent.", second.text());
    assertEquals(Instant.parse("2019-11-20T10:00:00Z"), second.published());

    assertEquals(List.of(new Problem(rss + "[2]", "feed item has no content or description")), read.report.problems());
  }

  @Test
  void readsAtomEntries() throws IOException {
    Path atom = copy("port-news.atom");
    Read read = read(atom);

    assertEquals(List.of(), read.report.problems());
    assertEquals(2, read.articles.size());
    Article first = read.articles.get(0);
    assertEquals("https://portnouvelles.example/2020/03/05/le-port-rouvre", first.id());
    assertEquals("Le port rouvre après la tempête", first.title());
    assertEquals(Instant.parse("2020-03-05T06:15:00Z"), first.published());
    assertEquals("Port Nouvelles", first.outlet());
    assertEquals("Le port a rouvert jeudi matin après trois jours de fermeture.\n\nLes pêcheurs ont repris la mer.",
        first.text());

    Article second = read.articles.get(1);
    assertNull(second.url(), "no link: the entry's id stands in");
    assertEquals("urn:uuid:marche-samedi", second.id());
    assertEquals(Instant.parse("2020-03-06T18:00:00Z"), second.published(), "updated, when not published");
    assertEquals("Le marché du samedi se tiendra sur le quai, comme chaque semaine.", second.text());
  }

  @Test
  void reportsXmlThatIsNoFeedAndFeedsCutShort() throws IOException {
    Path notFeed = copy("not-a-feed.xml");
    Path truncated = copy("truncated.rss");
    Read read = read(folder);

    assertEquals(List.of(), read.articles);
    assertEquals(2, read.report.problems().size());
    assertEquals(notFeed.toString(), read.report.problems().get(0).record());
    assertTrue(read.report.problems().get(0).reason().startsWith("not an RSS or Atom feed ("),
        read.report.problems().get(0).reason());
    assertEquals(truncated.toString(), read.report.problems().get(1).record());
    assertTrue(read.report.problems().get(1).reason().startsWith("not an RSS or Atom feed ("),
        read.report.problems().get(1).reason());
  }

  private Path copy(String fixture) throws IOException {
    Path target = folder.resolve(fixture);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/feed/" + fixture)) {
      Files.copy(in, target);
    }
    return target;
  }

  private record Read(List<Article> articles, CorpusReader.Report report) {}

  private static Read read(Path input) {
    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = CorpusReader.standard().read(List.of(input), articles::add);
    return new Read(articles, report);
  }
}
