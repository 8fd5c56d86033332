package io.newsdesk.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.Fixtures;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.story.Story;
import java.time.Duration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store over the project's sample corpus: the same events as a digest, kept up to date as articles come. */
class LuceneEventStoreTest {

  private static final Path SAMPLES = Path.of("../samples");

  @TempDir
  Path dir;

  private static List<Article> samples() {
    List<Article> articles = new ArrayList<>();
    CorpusReader.standard().read(List.of(SAMPLES), articles::add);
    return articles;
  }

  private LuceneEventStore open() throws IOException {
    return LuceneEventStore.openWritable(dir, Digest.standard(), NeighbourGraphClusterer.DEFAULT_WINDOW);
  }

  private static Set<Set<String>> groups(List<Event> events) {
    return events.stream().map(e -> e.articles().stream().map(Article::id).collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
  }

  private static List<Event> all(EventStore store) {
    return store.events(EventQuery.latest(0, EventQuery.MAX_LIMIT)).items();
  }

  @Test
  void holdsTheEventsADigestFinds() throws IOException {
    List<Article> articles = samples();
    DigestResult digest = Digest.standard().digest(articles, Progress.NONE);
    List<Event> digested = digest.events();
    try (LuceneEventStore store = open()) {
      IngestResult r = store.add(articles);
      assertEquals(articles.size(), r.added());
      assertEquals(new EventStore.Stats(articles.size(), digested.size(), digest.stories().size()), store.stats());
      assertEquals(Set.copyOf(digest.stories()), Set.copyOf(store.stories(0, EventQuery.MAX_LIMIT).items()),
          "the stories a digest links");
      assertEquals(groups(digested), groups(all(store)));
      assertEquals(digested.stream().map(Event::id).toList(), all(store).stream().map(Event::id).toList(),
          "same ids, newest first");
    }
  }

  @Test
  void addingTheSameArticlesAgainChangesNothing() throws IOException {
    List<Article> articles = samples();
    try (LuceneEventStore store = open()) {
      store.add(articles);
      List<Event> before = all(store);
      Map<String, byte[]> json = new HashMap<>();
      before.forEach(e -> json.put(e.id(), store.eventJson(e.id()).orElseThrow()));

      IngestResult again = store.add(articles);

      assertEquals(new IngestResult(0, 0, articles.size(), 0, 0), again);
      assertEquals(before, all(store));
      before.forEach(e -> assertArrayEquals(json.get(e.id()), store.eventJson(e.id()).orElseThrow()));
    }
  }

  @Test
  void articlesArrivingOneAtATimeJoinOrOpenEventsAndKeepIds() throws IOException {
    List<Article> articles = samples();
    try (LuceneEventStore store = open()) {
      for (Article a : articles) {
        store.add(List.of(a));
      }
      List<Event> events = all(store);
      assertEquals(articles.size(), events.stream().mapToInt(e -> e.articles().size()).sum(),
          "every article in exactly one event");
      for (Article a : articles) {
        String eventId = store.eventOf(a.id()).orElseThrow();
        assertTrue(store.event(eventId).orElseThrow().articles().stream().anyMatch(x -> x.id().equals(a.id())));
      }
      assertEquals(groups(Digest.standard().digest(articles, Progress.NONE).events()), groups(events),
          "one at a time or all at once, the same events");
    }
  }

  @Test
  void everyEventCarriesItsStoryAndAStoryKeepsItsIdWhenAnEarlierEventJoins() throws IOException {
    // the flood's later articles are moved six weeks on and stored first: a story of their own; then the
    // earlier articles come, an event that begins the story and would name it
    Set<String> flood = plantedIn("libya-flood-misrata");
    List<String> ids = samples().stream().map(Article::id).filter(flood::contains).sorted().toList();
    Set<String> later = new TreeSet<>();
    for (int i = 1; i < ids.size(); i += 2) {
      later.add(ids.get(i));
    }
    List<Article> followUp = new ArrayList<>();
    List<Article> rest = new ArrayList<>();
    for (Article a : samples()) {
      if (later.contains(a.id())) {
        followUp.add(new Article(a.id(), a.source(), a.url(), a.title(), a.published().plus(Duration.ofDays(42)),
            a.outlet(), a.language(), a.text()));
      } else {
        rest.add(a);
      }
    }
    try (LuceneEventStore store = open()) {
      store.add(followUp);
      Story first = store.stories(0, 10).items().get(0);
      store.add(rest);

      Story flooded = store.story(first.id()).orElseThrow(() -> new AssertionError("story " + first.id() + " gone"));
      assertEquals(2, flooded.events().size(), flooded.toString());
      assertEquals(first.events(), flooded.events().subList(1, 2), "the follow-up comes second");
      List<Story> stories = store.stories(0, EventQuery.MAX_LIMIT).items();
      assertEquals(store.stats().stories(), stories.size());
      for (Story s : stories) {
        for (String e : s.events()) {
          assertEquals(s.id(), store.storyOf(e).orElseThrow(), "story of " + e);
          assertTrue(new String(store.eventJson(e).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8)
              .contains("\"story\":\"" + s.id() + "\""), e);
        }
      }
      for (EventSummary e : store.summaries(EventQuery.latest(0, EventQuery.MAX_LIMIT)).items()) {
        assertEquals(store.storyOf(e.id()).orElseThrow(), e.story(), e.id());
      }
    }
  }

  @Test
  void aStoreWrittenBeforeStoriesWereKeptLinksThemWhenOpened() throws IOException {
    try (LuceneEventStore store = open()) {
      store.add(samples());
    }
    try (Directory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()))) {
      w.deleteDocuments(new org.apache.lucene.index.Term(StoreDocuments.KIND, StoreDocuments.STORY));
      w.commit();
    }
    try (LuceneEventStore store = LuceneEventStore.openReadOnly(dir)) {
      assertEquals(0, store.stats().stories(), "no stories, as a store of before");
    }
    try (LuceneEventStore store = open()) {
      assertEquals(store.stats().events(), store.stats().stories(), "each sample event a story of its own");
      for (Event e : all(store)) {
        assertTrue(store.story(store.storyOf(e.id()).orElseThrow()).orElseThrow().events().contains(e.id()));
      }
    }
  }

  private static Set<String> plantedIn(String event) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (String line : java.nio.file.Files.readAllLines(SAMPLES.resolve("planted-events.tsv"))) {
      String[] f = line.split("\t");
      if (f.length > 1 && f[0].equals(event)) {
        ids.add(f[1]);
      }
    }
    return ids;
  }

  @Test
  void aChangedArticleReplacesItsOldVersion() throws IOException {
    Article first = Fixtures.article("a1", "Wire", "2025-03-03", "Floods hit Misrata", "Floods hit Misrata on Monday.");
    try (LuceneEventStore store = open()) {
      store.add(List.of(first));
      IngestResult r = store.add(List.of(first.withText("Floods hit Misrata on Monday, killing 12 people.")));
      assertEquals(1, r.changed());
      assertEquals(new EventStore.Stats(1, 1, 1), store.stats());
      assertTrue(store.article("a1").orElseThrow().text().contains("killing 12"));
    }
  }

  @Test
  void findsEventsByDayWordsAndEntityAndArticlesByText() throws IOException {
    try (LuceneEventStore store = open()) {
      store.add(samples());
      List<Event> flood = store.events(new EventQuery(null, "flood Misrata", null, 0, 10)).items();
      assertFalse(flood.isEmpty());
      String floodId = flood.get(0).id();
      assertTrue(flood.get(0).headline().contains("Misrata"), flood.get(0).headline());
      assertTrue(store.events(new EventQuery(LocalDate.parse("2025-03-04"), null, null, 0, 10)).items().stream()
          .anyMatch(e -> e.id().equals(floodId)));
      assertTrue(store.events(new EventQuery(LocalDate.parse("2025-01-01"), null, null, 0, 10)).items().isEmpty());
      assertTrue(store.events(new EventQuery(null, null, "Misurata", 0, 10)).items().stream()
          .anyMatch(e -> e.id().equals(floodId)), "an entity is found under any of its spellings");

      Page<SearchHit> hits = store.search("earthquake", 0, 5);
      assertTrue(hits.total() > 0);
      SearchHit hit = hits.items().get(0);
      assertTrue(hit.eventId() != null && !hit.snippets().isEmpty());
      SearchHit.Snippet s = hit.snippets().get(0);
      SearchHit.Mark m = s.marks().get(0);
      assertEquals("earthquake", s.text().substring(m.start(), m.end()).toLowerCase());
    }
  }

  @Test
  void oddQueriesFindNothingInsteadOfFailing() throws IOException {
    try (LuceneEventStore store = open()) {
      store.add(samples());
      for (String q : List.of("\"unclosed", "((", "*", "-", "AND OR NOT", "\u0000", "🙂")) {
        store.search(q, 0, 5);
        store.events(new EventQuery(null, q, null, 0, 5));
      }
      assertThrows(IllegalArgumentException.class, () -> store.search("x", -1, 5));
      assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, 0, 0));
    }
  }

  @Test
  void aReadOnlyStoreSeesWhatTheWriterCommitsAndRefusesWrites() throws IOException {
    try (LuceneEventStore writer = open()) {
      writer.add(samples().subList(0, 3));
      try (LuceneEventStore reader = LuceneEventStore.openReadOnly(dir)) {
        assertEquals(3, reader.stats().articles());
        writer.add(samples());
        reader.refresh();
        assertEquals(samples().size(), reader.stats().articles());
        assertThrows(UnsupportedOperationException.class, () -> reader.add(List.of()));
      }
    }
    assertThrows(IOException.class, () -> LuceneEventStore.openReadOnly(dir.resolve("missing")));
  }

  @Test
  void eventsLeftPendingByAKilledWriterAreBuiltWhenTheStoreIsNextOpened() throws IOException {
    List<Article> articles = samples();
    // what a writer killed between its two commits leaves: the articles, and their time marked pending
    RecordCodec codec = new RecordCodec();
    try (Directory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()))) {
      for (Article a : articles) {
        w.addDocument(StoreDocuments.article(a, codec.contentHash(a), codec.encode(a)));
      }
      w.setLiveCommitData(PendingWindow.NONE.including(articles).toCommitData().entrySet());
      w.commit();
    }
    try (LuceneEventStore store = open()) {
      assertEquals(groups(Digest.standard().digest(articles, Progress.NONE).events()), groups(all(store)));
      assertEquals(new IngestResult(0, 0, articles.size(), 0, 0), store.add(articles));
    }
  }

  @Test
  void reopensWithEverythingCommitted() throws IOException {
    List<Event> before;
    try (LuceneEventStore store = open()) {
      store.add(samples());
      before = all(store);
    }
    try (LuceneEventStore store = open()) {
      assertEquals(before, all(store));
    }
  }
}
