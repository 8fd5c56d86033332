package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.report.EventJson;
import io.newsdesk.core.story.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link EventStore} in one Lucene index. Adding articles takes two commits: first the articles, with the
 * time they cover marked as pending; then the events of that time, rebuilt by the digest pipeline, with the mark
 * cleared. Lucene commits are atomic, so a process killed at any point leaves the last commit whole: no stored
 * article is lost, and events left pending are rebuilt by the next write.
 */
public final class LuceneEventStore implements EventStore {

  /** Events sorted newest first by their last article; undated ones last. */
  private static final Sort NEWEST_FIRST = new Sort(new SortField(StoreDocuments.END_SORT, SortField.Type.LONG, true),
      SortField.FIELD_DOC);
  private static final Sort ARTICLES_NEWEST_FIRST = new Sort(
      new SortField(StoreDocuments.PUBLISHED_SORT, SortField.Type.LONG, true), SortField.FIELD_DOC);
  /** Stories newest first by their last event; undated ones last; ties by id. */
  private static final Sort STORIES_NEWEST_FIRST = new Sort(
      new SortField(StoreDocuments.END_SORT, SortField.Type.LONG, true),
      new SortField(StoreDocuments.STORY_ID_SORT, SortField.Type.STRING));
  private static final int SNIPPETS_PER_HIT = 3;
  private static final int MAX_REBUILD_ROUNDS = 1_000;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /**
   * English stemming, so that "flood" finds "floods"; the same analyzer indexes and searches. Search keeps Lucene's
   * own 33 English stop words, not the clustering's list ({@code StopWords}): a reader searches for "US", "New
   * York", "May" or "Monday", words that say nothing of which event an article reports but are what a reader asks.
   */
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final RecordCodec codec = new RecordCodec();
  private final EventJson eventJson = new EventJson();
  private final Digest digest;
  private final Duration window;

  private LuceneEventStore(Directory directory, IndexWriter writer, Digest digest, Duration window)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.digest = digest;
    this.window = window;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /**
   * Opens the store in {@code dir} for writing, creating it when missing, and finishes any rebuild that an
   * interrupted writer left pending.
   *
   * @param window how far apart articles of one event may be: the clusterer's window
   */
  public static LuceneEventStore openWritable(Path dir, Digest digest, Duration window) throws IOException {
    Objects.requireNonNull(digest, "digest");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, got " + window);
    }
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    LuceneEventStore store = new LuceneEventStore(directory, writer, digest, window);
    if (!DirectoryReader.indexExists(directory)) {
      store.commit(PendingWindow.NONE);
    }
    store.finishPending();
    store.linkStoriesIfMissing();
    return store;
  }

  /** Opens an existing store for reading; it sees what a writer commits from then on (see {@link #refresh}). */
  public static LuceneEventStore openReadOnly(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no store at " + dir + " (create one with: newsdesk ingest --store " + dir + " PATH)");
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no store at " + dir + " (create one with: newsdesk ingest --store " + dir + " PATH)");
    }
    return new LuceneEventStore(directory, null, null, null);
  }

  @Override
  public boolean writable() {
    return writer != null;
  }

  @Override
  public long version() {
    return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
  }

  @Override
  public void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("could not refresh the store", e);
    }
  }

  @Override
  public synchronized IngestResult add(List<Article> articles) {
    if (writer == null) {
      throw new UnsupportedOperationException("the store was opened read-only");
    }
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a)); // the last of an id in one batch wins, as a later write would
    try {
      searchers.maybeRefreshBlocking();
      List<Article> fresh = new ArrayList<>();
      int changed = 0;
      IndexSearcher searcher = searchers.acquire();
      Map<String, String> hashes = new HashMap<>();
      try {
        for (Article a : byId.values()) {
          String hash = codec.contentHash(a);
          Optional<String> stored = storedHash(searcher, a.id());
          if (stored.isPresent() && stored.get().equals(hash)) {
            continue;
          }
          changed += stored.isPresent() ? 1 : 0;
          hashes.put(a.id(), hash);
          fresh.add(a);
        }
      } finally {
        searchers.release(searcher);
      }
      int unchanged = byId.size() - fresh.size();
      if (fresh.isEmpty()) {
        return new IngestResult(0, 0, unchanged, 0, 0);
      }
      for (Article a : fresh) {
        writer.updateDocument(new Term(StoreDocuments.ARTICLE_ID, a.id()),
            StoreDocuments.article(a, hashes.get(a.id()), codec.encode(a)));
      }
      PendingWindow pending = pending().including(fresh);
      commit(pending);
      IngestResult rebuilt = rebuild(pending);
      return new IngestResult(fresh.size() - changed, changed, unchanged, rebuilt.eventsRebuilt(),
          rebuilt.eventsRemoved());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the store: " + e.getMessage(), e);
    }
  }

  /** Rebuilds the events that a killed writer left pending, if any. */
  private synchronized void finishPending() throws IOException {
    PendingWindow pending = pending();
    if (!pending.isEmpty()) {
      rebuild(pending);
    }
  }

  private PendingWindow pending() throws IOException {
    return PendingWindow.fromCommitData(SegmentInfos.readLatestCommit(directory).getUserData());
  }

  private void commit(PendingWindow pending) throws IOException {
    writer.setLiveCommitData(pending.toCommitData().entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Rebuilds every event that may change with articles of the pending time: the time widened by the window on
   * both sides, then again to cover every stored event it touches, until no event crosses its edges. With an
   * undated article, every event is rebuilt.
   */
  private IngestResult rebuild(PendingWindow pending) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      boolean everything = pending.undated();
      long lo = 0;
      long hi = 0;
      Map<String, Set<String>> replaced = new HashMap<>();
      if (!everything) {
        lo = pending.from().minus(window).toEpochMilli();
        hi = pending.to().plus(window).toEpochMilli();
        for (int round = 0; ; round++) {
          if (round == MAX_REBUILD_ROUNDS) {
            everything = true;
            break;
          }
          Query touching = eventsWhere(and(LongPoint.newRangeQuery(StoreDocuments.FIRST_ARTICLE, Long.MIN_VALUE, hi),
              LongPoint.newRangeQuery(StoreDocuments.LAST_ARTICLE, lo, Long.MAX_VALUE)));
          long newLo = lo;
          long newHi = hi;
          replaced.clear();
          for (Event e : allEvents(searcher, touching)) {
            replaced.put(e.id(), memberIds(e));
            for (Article a : e.articles()) {
              if (a.published() == null) {
                everything = true;
              } else {
                newLo = Math.min(newLo, a.published().toEpochMilli());
                newHi = Math.max(newHi, a.published().toEpochMilli());
              }
            }
          }
          if (everything || (newLo == lo && newHi == hi)) {
            break;
          }
          lo = newLo;
          hi = newHi;
        }
      }
      List<Article> articles;
      if (everything) {
        replaced.clear();
        allEvents(searcher, eventsWhere(null)).forEach(e -> replaced.put(e.id(), memberIds(e)));
        articles = allArticles(searcher, articlesWhere(null));
      } else {
        articles = allArticles(searcher, articlesWhere(LongPoint.newRangeQuery(StoreDocuments.PUBLISHED, lo, hi)));
      }
      List<Event> events = EventIds.assign(replaced, digest.events(articles, Progress.NONE).events());
      for (String id : replaced.keySet()) {
        writer.deleteDocuments(new Term(StoreDocuments.EVENT_ID, id));
      }
      linkStories(searcher, replaced.keySet(), events);
      commit(PendingWindow.NONE);
      return new IngestResult(0, 0, 0, events.size(), replaced.size());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Links every event the store will hold, the stored ones not {@code replaced} and the {@code rebuilt}, into
   * stories as a digest does, keeps each story's id where it shares events with a stored story, and writes the
   * stories, the rebuilt events and every stored event whose story changed, all uncommitted. Linking is over all
   * events, not the rebuilt time alone: a story spans months, and its events are compared with one another.
   */
  private void linkStories(IndexSearcher searcher, Set<String> replaced, List<Event> rebuilt) throws IOException {
    List<Story> stored = all(searcher, storiesWhere(null), this::decodeStory);
    Map<String, String> storedStoryOf = Story.byEvent(stored);
    Map<String, Set<String>> storedStories = new HashMap<>();
    stored.forEach(s -> storedStories.put(s.id(), new HashSet<>(s.events())));
    List<Event> kept = new ArrayList<>();
    for (Event e : allEvents(searcher, eventsWhere(null))) {
      if (!replaced.contains(e.id())) {
        kept.add(e);
      }
    }
    List<Event> every = new ArrayList<>(kept);
    every.addAll(rebuilt);
    List<Story> linked = every.isEmpty() ? List.of() : digest.stories(every);
    List<String> ids = LastingIds.assign(storedStories, linked.stream().map(Story::id).toList(),
        linked.stream().map(s -> (Set<String>) new HashSet<>(s.events())).toList());
    writer.deleteDocuments(new Term(StoreDocuments.KIND, StoreDocuments.STORY));
    Map<String, String> storyOf = new HashMap<>();
    for (int i = 0; i < linked.size(); i++) {
      Story s = linked.get(i);
      Story lasting = new Story(ids.get(i), s.title(), s.start(), s.end(), s.events(), s.entities(), s.places(),
          s.timeline());
      lasting.events().forEach(e -> storyOf.put(e, lasting.id()));
      writer.addDocument(StoreDocuments.story(lasting, codec.encode(lasting)));
    }
    for (Event e : rebuilt) {
      writeEvent(e, storyOf.get(e.id()));
    }
    for (Event e : kept) {
      if (!Objects.equals(storyOf.get(e.id()), storedStoryOf.get(e.id()))) {
        writeEvent(e, storyOf.get(e.id()));
      }
    }
  }

  private void writeEvent(Event e, String story) throws IOException {
    writer.updateDocument(new Term(StoreDocuments.EVENT_ID, e.id()),
        StoreDocuments.event(e, story, codec.encode(e), codec.withStory(eventJson.eventBytes(e), story),
            codec.encode(EventSummary.of(e, story))));
  }

  /**
   * Links the stored events into stories where the store has events but no stories: a store written before
   * stories were kept.
   */
  private synchronized void linkStoriesIfMissing() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      if (searcher.count(storiesWhere(null)) > 0 || searcher.count(eventsWhere(null)) == 0) {
        return;
      }
      linkStories(searcher, Set.of(), List.of());
    } finally {
      searchers.release(searcher);
    }
    commit(PendingWindow.NONE);
  }

  private static Set<String> memberIds(Event e) {
    Set<String> ids = new HashSet<>();
    e.articles().forEach(a -> ids.add(a.id()));
    return ids;
  }

  @Override
  public Page<Event> events(EventQuery q) {
    return eventPage(q, this::decodeEvent, false);
  }

  @Override
  public Page<Event> newestEvents(EventQuery q) {
    return eventPage(q, this::decodeEvent, true);
  }

  @Override
  public Page<EventSummary> summaries(EventQuery q) {
    return eventPage(q, d -> {
      BytesRef b = d.getBinaryValue(StoreDocuments.SUMMARY);
      return codec.decode(b.bytes, b.offset, b.length, EventSummary.class);
    }, false);
  }

  /** @param newestFirst newest first even when searched by words, which otherwise come best first */
  private <T> Page<T> eventPage(EventQuery q, Function<Document, T> decode, boolean newestFirst) {
    List<Query> conditions = new ArrayList<>();
    if (q.day() != null) {
      long dayStart = q.day().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      long dayEnd = q.day().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
      conditions.add(LongPoint.newRangeQuery(StoreDocuments.START, Long.MIN_VALUE, dayEnd));
      conditions.add(LongPoint.newRangeQuery(StoreDocuments.END, dayStart, Long.MAX_VALUE));
    }
    if (q.words() != null) {
      conditions.add(words(StoreDocuments.WORDS, q.words()));
    }
    if (q.entity() != null) {
      conditions.add(new TermQuery(new Term(StoreDocuments.ENTITY, q.entity())));
    }
    if (q.category() != null) {
      conditions.add(new TermQuery(new Term(StoreDocuments.CATEGORY, q.category())));
    }
    Query query = eventsWhere(conditions.isEmpty() ? null : and(conditions.toArray(Query[]::new)));
    return withSearcher(s -> {
      TopDocs top = q.words() != null && q.day() == null && !newestFirst
          ? s.search(query, q.offset() + q.limit())
          : s.search(query, q.offset() + q.limit(), NEWEST_FIRST);
      List<T> page = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (int i = q.offset(); i < top.scoreDocs.length; i++) {
        page.add(decode.apply(fields.document(top.scoreDocs[i].doc)));
      }
      return new Page<>(page, s.count(query), q.offset(), q.limit());
    });
  }

  @Override
  public Optional<Event> event(String id) {
    return withSearcher(s -> firstDoc(s, eventsWhere(new TermQuery(new Term(StoreDocuments.EVENT_ID, id))))
        .map(this::decodeEvent));
  }

  @Override
  public Optional<byte[]> eventJson(String id) {
    return withSearcher(s -> firstDoc(s, eventsWhere(new TermQuery(new Term(StoreDocuments.EVENT_ID, id))))
        .map(d -> BytesRef.deepCopyOf(d.getBinaryValue(StoreDocuments.JSON)).bytes));
  }

  @Override
  public Page<Story> stories(int offset, int limit) {
    return page(storiesWhere(null), STORIES_NEWEST_FIRST, offset, limit, this::decodeStory);
  }

  @Override
  public Optional<Story> story(String id) {
    return withSearcher(s -> firstDoc(s, storiesWhere(new TermQuery(new Term(StoreDocuments.STORY_ID, id))))
        .map(this::decodeStory));
  }

  @Override
  public Optional<String> storyOf(String eventId) {
    return withSearcher(s -> firstDoc(s, eventsWhere(new TermQuery(new Term(StoreDocuments.EVENT_ID, eventId))))
        .map(d -> d.get(StoreDocuments.STORY_OF)));
  }

  @Override
  public Optional<Article> article(String id) {
    return withSearcher(s -> firstDoc(s, articlesWhere(new TermQuery(new Term(StoreDocuments.ARTICLE_ID, id))))
        .map(this::decodeArticle));
  }

  @Override
  public Page<Article> articles(int offset, int limit) {
    return page(articlesWhere(null), ARTICLES_NEWEST_FIRST, offset, limit, this::decodeArticle);
  }

  /** One page of the records {@code query} finds, in {@code order}, each read by {@code decode}. */
  private <T> Page<T> page(Query query, Sort order, int offset, int limit, Function<Document, T> decode) {
    checkPage(offset, limit);
    return withSearcher(s -> {
      TopDocs top = s.search(query, offset + limit, order);
      List<T> page = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (int i = offset; i < top.scoreDocs.length; i++) {
        page.add(decode.apply(fields.document(top.scoreDocs[i].doc)));
      }
      return new Page<>(page, s.count(query), offset, limit);
    });
  }

  @Override
  public Optional<String> eventOf(String articleId) {
    return withSearcher(s -> eventOf(s, articleId));
  }

  private Optional<String> eventOf(IndexSearcher s, String articleId) throws IOException {
    return firstDoc(s, eventsWhere(new TermQuery(new Term(StoreDocuments.MEMBER, articleId))))
        .map(d -> d.get(StoreDocuments.EVENT_ID));
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0 || offset > EventQuery.MAX_OFFSET || limit < 1 || limit > EventQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("offset must be within 0.." + EventQuery.MAX_OFFSET
          + " and limit within 1.." + EventQuery.MAX_LIMIT + ", got " + offset + " and " + limit);
    }
  }

  @Override
  public Page<SearchHit> search(String words, int offset, int limit) {
    checkPage(offset, limit);
    Query match = words(Map.of(StoreDocuments.TITLE, 2f, StoreDocuments.TEXT, 1f), words);
    Query query = articlesWhere(match);
    return withSearcher(s -> {
      TopDocs top = s.search(query, offset + limit);
      int n = Math.max(0, top.scoreDocs.length - offset);
      int[] docIds = new int[n];
      for (int i = 0; i < n; i++) {
        docIds[i] = top.scoreDocs[offset + i].doc;
      }
      List<List<SearchHit.Snippet>> snippets = new SnippetHighlighter(s, analyzer)
          .snippets(StoreDocuments.TEXT, match, docIds, SNIPPETS_PER_HIT);
      List<SearchHit> hits = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (int i = 0; i < n; i++) {
        Article a = decodeArticle(fields.document(docIds[i]));
        hits.add(new SearchHit(a, eventOf(s, a.id()).orElse(null), snippets.get(i)));
      }
      return new Page<>(hits, s.count(query), offset, limit);
    });
  }

  @Override
  public Stats stats() {
    return withSearcher(s -> new Stats(s.count(articlesWhere(null)), s.count(eventsWhere(null)),
        s.count(storiesWhere(null))));
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      searchers.close();
      if (writer != null) {
        writer.rollback(); // every add commits before it returns: nothing uncommitted is worth keeping
      }
    }
  }

  // --- queries

  private Query words(String field, String words) {
    return words(Map.of(field, 1f), words);
  }

  /** Words in Lucene's simple syntax ("quoted phrases", -not, prefix*), which never fails on odd input. */
  private Query words(Map<String, Float> fields, String words) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = parser.parse(words);
    return q == null ? new MatchNoDocsQuery("no words to search") : q;
  }

  private static Query eventsWhere(Query condition) {
    return kind(StoreDocuments.EVENT, condition);
  }

  private static Query storiesWhere(Query condition) {
    return kind(StoreDocuments.STORY, condition);
  }

  private static Query articlesWhere(Query condition) {
    return kind(StoreDocuments.ARTICLE, condition);
  }

  private static Query kind(String kind, Query condition) {
    TermQuery isKind = new TermQuery(new Term(StoreDocuments.KIND, kind));
    if (condition == null) {
      return isKind;
    }
    return new BooleanQuery.Builder().add(condition, BooleanClause.Occur.MUST)
        .add(isKind, BooleanClause.Occur.FILTER).build();
  }

  private static Query and(Query... queries) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) {
      b.add(q, BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  private Optional<String> storedHash(IndexSearcher s, String articleId) throws IOException {
    return firstDoc(s, articlesWhere(new TermQuery(new Term(StoreDocuments.ARTICLE_ID, articleId))))
        .map(d -> d.get(StoreDocuments.HASH));
  }

  private static Optional<Document> firstDoc(IndexSearcher s, Query q) throws IOException {
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
  }

  private List<Event> allEvents(IndexSearcher s, Query q) throws IOException {
    return all(s, q, this::decodeEvent);
  }

  private List<Article> allArticles(IndexSearcher s, Query q) throws IOException {
    return all(s, q, this::decodeArticle);
  }

  /** Every match, in index order: what a rebuild reads. */
  private static <T> List<T> all(IndexSearcher s, Query q, Function<Document, T> decode)
      throws IOException {
    List<T> records = new ArrayList<>();
    StoredFields fields = s.storedFields();
    for (ScoreDoc d : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
      records.add(decode.apply(fields.document(d.doc)));
    }
    return records;
  }

  private Event decodeEvent(Document d) {
    BytesRef b = d.getBinaryValue(StoreDocuments.RECORD);
    return codec.decodeEvent(b.bytes, b.offset, b.length);
  }

  private Story decodeStory(Document d) {
    BytesRef b = d.getBinaryValue(StoreDocuments.RECORD);
    return codec.decode(b.bytes, b.offset, b.length, Story.class);
  }

  private Article decodeArticle(Document d) {
    BytesRef b = d.getBinaryValue(StoreDocuments.RECORD);
    return codec.decode(b.bytes, b.offset, b.length, Article.class);
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the store: " + e.getMessage(), e);
    }
  }

}
