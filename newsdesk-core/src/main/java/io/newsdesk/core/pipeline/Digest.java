package io.newsdesk.core.pipeline;

import io.newsdesk.core.classify.EmbeddingEventClassifier;
import io.newsdesk.core.classify.EventClassifier;
import io.newsdesk.core.clean.ArticleCleaner;
import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.EventClusterer;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.dedup.MinHashReprintDetector;
import io.newsdesk.core.dedup.ReprintDetector;
import io.newsdesk.core.embed.CachingTextEmbedder;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.ingest.ArticleFilter;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.language.LanguageModels;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.story.OnlineStoryLinker;
import io.newsdesk.core.story.Story;
import io.newsdesk.core.story.StoryLinker;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The whole pipeline, start to end: read, clean, analyse, group into events, and build each event. Every stage
 * is a plain function over immutable records; this class only wires them and times them.
 */
public final class Digest {

  private final CorpusReader reader;
  private final ArticleCleaner cleaner;
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final EventGrouper grouper;
  private final Gazetteer gazetteer;
  private final int maxSummarySentences;
  private final int maxSummaryWords;
  // loaded once per digest, in the background from construction, while the first articles are read and grouped
  private final Supplier<WorldGazetteer> world = new BackgroundLoad<>("gazetteer", WorldGazetteer::load);
  private final Supplier<LanguageModels> models;
  // one MiniLM model for the stages that embed texts, and one vector per event text: the classifier embeds each
  // event's headline and summary, and the story linker compares events by the same vectors, remembered in between
  private final Supplier<TextEmbedder> eventVectors = new BackgroundLoad<>("minilm",
      () -> new CachingTextEmbedder(new MiniLmEmbedder(EmbeddingEventClassifier.MAX_TOKENS,
          Runtime.getRuntime().availableProcessors()), EVENT_TEXTS_KEPT));
  // set in the constructor, after the models they read
  private final Supplier<EventClassifier> classifier;
  // a store relinks all its events at every write: most of them unchanged, their texts embedded once (see stories())
  private final Supplier<StoryLinker> stories = new BackgroundLoad<>("story-linker",
      () -> new OnlineStoryLinker(OnlineStoryLinker.DEFAULTS, eventVectors.get()));

  /**
   * Event texts whose embeddings a digest remembers, for its stories and, in a store, between writes: about 3 KB each
   * (384 floats, and a headline and summary), 60 MB at most.
   */
  static final int EVENT_TEXTS_KEPT = 20_000;

  public Digest(CorpusReader reader, ArticleCleaner cleaner, EventClusterer clusterer, Gazetteer gazetteer,
                int maxSummarySentences) {
    this(reader, cleaner, clusterer, gazetteer, maxSummarySentences, CentralitySummarizer.DEFAULT_MAX_WORDS);
  }

  public Digest(CorpusReader reader, ArticleCleaner cleaner, EventClusterer clusterer, Gazetteer gazetteer,
                int maxSummarySentences, int maxSummaryWords) {
    this(reader, cleaner, clusterer, gazetteer, maxSummarySentences, maxSummaryWords, true);
  }

  /**
   * @param languageModels whether names and sentences are read by the shipped trained models ({@link
   *                       LanguageModels#shipped}); false reads them by the rules alone, which is faster and less
   *                       accurate, and is how the models' own cost is measured
   */
  public Digest(CorpusReader reader, ArticleCleaner cleaner, EventClusterer clusterer, Gazetteer gazetteer,
                int maxSummarySentences, int maxSummaryWords, boolean languageModels) {
    this.models = languageModels
        ? new BackgroundLoad<>("language-models", () -> LanguageModels.shipped(name -> world.get().isWellKnown(name)))
        : LanguageModels::none;
    this.classifier = new BackgroundLoad<>("classifier",
        () -> EmbeddingEventClassifier.standard(eventVectors.get(), models.get().clauses()));
    this.reader = Objects.requireNonNull(reader, "reader");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.grouper = new EventGrouper(new MinHashReprintDetector(), Objects.requireNonNull(clusterer, "clusterer"));
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.maxSummarySentences = maxSummarySentences;
    this.maxSummaryWords = maxSummaryWords;
  }

  /** The standard pipeline with default settings. */
  public static Digest standard() {
    return new Digest(CorpusReader.standard(), new JunkLineFilter(), new NeighbourGraphClusterer(),
        Gazetteer.countries(), CentralitySummarizer.DEFAULT_MAX_SENTENCES);
  }

  /** Reads the inputs and digests what they hold. */
  public DigestResult run(List<Path> inputs, Progress progress) {
    return run(inputs, ArticleFilter.NONE, progress);
  }

  /** Reads the inputs and digests the articles that {@code filter} accepts. */
  public DigestResult run(List<Path> inputs, ArticleFilter filter, Progress progress) {
    Map<String, Duration> times = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    CorpusReader.Report report = reader.read(inputs, filter, a -> {
      articles.add(a);
      if (articles.size() % 1000 == 0) {
        progress.update("read", articles.size(), -1);
      }
    });
    times.put("read", Duration.ofNanos(System.nanoTime() - t0));
    DigestResult result = digest(articles, progress);
    Map<String, Duration> all = new LinkedHashMap<>(times);
    all.putAll(result.stageTimes());
    List<Problem> problems = new ArrayList<>(report.problems());
    problems.addAll(result.problems());
    return new DigestResult(result.events(), result.articles(), report, problems, all, result.stories());
  }

  /** Digests articles already read: their events, and the stories linking them. */
  public DigestResult digest(List<Article> articles, Progress progress) {
    return digest(articles, progress, true);
  }

  /**
   * Digests articles already read into events alone, without stories: for a store, which rebuilds the events of
   * a stretch of time and then links all its events into stories (see {@link #stories}).
   */
  public DigestResult events(List<Article> articles, Progress progress) {
    return digest(articles, progress, false);
  }

  /**
   * Links events built earlier (by {@link #events}) into stories, as {@link #digest} links its own: for a store,
   * which keeps events but not the analysed documents they were built from, so their articles are analysed again.
   * The embeddings of the texts compared are remembered from one call to the next (most events have not changed).
   *
   * @return the stories, newest first; every event given is in exactly one
   */
  public List<Story> stories(List<Event> events) {
    List<StoryLinker.EventDocuments> linked = events.parallelStream()
        .map(e -> new StoryLinker.EventDocuments(e,
            e.articles().stream().map(cleaner::clean).map(analyzer::analyze).toList()))
        .toList();
    return stories.get().link(linked);
  }

  private DigestResult digest(List<Article> articles, Progress progress, boolean linkStories) {
    Map<String, Duration> times = new LinkedHashMap<>();
    long t = System.nanoTime();
    AtomicLong done = new AtomicLong();
    List<Document> documents = articles.parallelStream()
        .map(cleaner::clean)
        .map(analyzer::analyze)
        .peek(d -> tick(progress, "analyse", done, articles.size()))
        .toList();
    t = lap(times, "clean+analyse", t);

    EventGrouper.Grouping grouping = grouper.group(documents);
    List<List<Document>> groups = grouping.events();
    Map<String, Reprint> byOriginal = new HashMap<>();
    grouping.reprints().forEach(r -> byOriginal.put(r.original(), r));
    t = lap(times, "reprints+cluster", t);

    DocumentFrequencies df = new DocumentFrequencies();
    documents.forEach(d -> df.add(d.terms()));
    EventAssembler assembler = EventAssembler.standard(gazetteer, world, models.get(), df, maxSummarySentences,
        maxSummaryWords);
    AtomicLong built = new AtomicLong();
    List<Event> events = new ArrayList<>(groups.parallelStream()
        .map(g -> assembler.assemble(g, g.stream().map(d -> byOriginal.get(d.id())).filter(Objects::nonNull).toList()))
        .peek(e -> tick(progress, "events", built, groups.size()))
        .toList());
    t = lap(times, "facts+summaries", t);
    events = classify(events);
    t = lap(times, "categories", t);

    List<Story> storyList = List.of();
    if (linkStories) {
      List<StoryLinker.EventDocuments> linked = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        linked.add(new StoryLinker.EventDocuments(events.get(i), groups.get(i)));
      }
      storyList = stories.get().link(linked);
      lap(times, "stories", t);
    }
    events.sort(NEWEST_FIRST);
    return new DigestResult(events, documents.size(), null, List.of(), times, storyList);
  }

  /** Each event with its kind, once every event is built (a classifier may then share its work among them). */
  private List<Event> classify(List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    List<EventKind> kinds = classifier.get().classify(events);
    List<Event> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(events.get(i).withKind(kinds.get(i)));
    }
    return out;
  }

  /** Newest first by last article; undated events after dated ones; ties by id for a stable order. */
  public static final Comparator<Event> NEWEST_FIRST = Comparator
      .comparing(Event::end, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(Event::start, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(Event::id);

  private static void tick(Progress progress, String stage, AtomicLong counter, long total) {
    long n = counter.incrementAndGet();
    if (n % 500 == 0 || n == total) {
      progress.update(stage, n, total);
    }
  }

  private static long lap(Map<String, Duration> times, String stage, long since) {
    long now = System.nanoTime();
    times.put(stage, Duration.ofNanos(now - since));
    return now;
  }
}
