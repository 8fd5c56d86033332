package io.newsdesk.spark;

import io.newsdesk.core.classify.EmbeddingEventClassifier;
import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.embed.CachingTextEmbedder;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.language.LanguageModels;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.ingest.LanguageGuesser;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.pipeline.EventAssembler;
import io.newsdesk.core.report.EventJson;
import io.newsdesk.core.story.OnlineStoryLinker;
import io.newsdesk.core.story.Story;
import io.newsdesk.core.story.StoryLinker;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The digest on Spark: the same core stages as {@code io.newsdesk.core.pipeline.Digest}, cut so that no step
 * needs the whole input in one place. Files are read and articles cleaned and analysed partition by partition;
 * term frequencies are counted over the whole input and broadcast, since every TF-IDF weight depends on them;
 * reprints are found through MinHash buckets ({@link DistributedReprints}); the neighbour graph is built in blocks
 * of time with their borders ({@link TimeBlocks}) and its parts joined on the driver ({@link EventMerge}); each
 * event is then assembled where its articles meet, with the core's {@link EventAssembler}.
 */
public final class SparkDigest {

  /**
   * What a run made.
   *
   * @param events   the events, newest first (kept in memory and on disk until the caller unpersists them)
   * @param files    files read
   * @param articles articles digested
   * @param problems records and files skipped, with the reason (the first hundred)
   * @param skipped  how many were skipped in all, duplicate ids included
   * @param stageTimes wall time of each step, in the order they ran
   */
  public record Result(JavaRDD<AssembledEvent> events, List<Story> stories, int files, long articles,
                       List<String> problems, long skipped, Map<String, Integer> ignoredByExtension,
                       Map<String, Duration> stageTimes) {
    public Result {
      stories = List.copyOf(stories);
      problems = List.copyOf(problems);
      ignoredByExtension = Map.copyOf(ignoredByExtension);
      stageTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }
  }

  private final SparkDigestSettings settings;

  public SparkDigest(SparkDigestSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The stages up to the events' membership, from which both the assembly and the grouping go on. */
  private record Clustered(JavaPairRDD<Long, Document> arrivals, Broadcast<DocumentFrequencies> df,
                           JavaPairRDD<Long, Reprint> reprints, int[] first, long articles, List<String> problems,
                           long skipped, int files, Map<String, Integer> ignoredByExtension, long lapStart) {}

  public Result run(JavaSparkContext jsc, List<String> inputs) throws IOException {
    Map<String, Duration> times = new LinkedHashMap<>();
    Clustered c = cluster(jsc, inputs, times);
    long t = c.lapStart();
    JavaPairRDD<Long, Document> arrivals = c.arrivals();
    Broadcast<DocumentFrequencies> df = c.df();
    JavaPairRDD<Long, Reprint> reprints = c.reprints();
    int partitions = settings.partitions();
    Broadcast<int[]> firstArticle = jsc.broadcast(c.first());
    // loaded once on the driver and shipped to each executor once, not loaded per partition
    Broadcast<WorldGazetteer> world = jsc.broadcast(WorldGazetteer.load());

    int summarySentences = settings.summarySentences();
    int summaryWords = settings.summaryWords();
    JavaRDD<Tuple2<AssembledEvent, OnlineStoryLinker.EventProfile>> built = arrivals
        .mapToPair(a -> new Tuple2<>((long) firstArticle.value()[a._1().intValue()],
            new Tuple2<>(a._1(), Bytes.of(a._2()))))
        .cogroup(reprints.mapToPair(r -> new Tuple2<>((long) firstArticle.value()[r._1().intValue()], r)),
            partitions)
        .mapPartitions(groups -> assemble(groups, df.value(), world.value(), summarySentences, summaryWords))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // stories link events over months, in the order they arrived: on the driver, over the events' small profiles
    // (their terms, names and headline embedding, built beside each event), as the single-machine digest links them
    List<Story> stories = OnlineStoryLinker.ofProfiles(OnlineStoryLinker.DEFAULTS)
        .linkProfiles(built.map(Tuple2::_2).collect());
    t = lap(times, "facts+summaries", t);
    Broadcast<Map<String, String>> storyOfEvent = jsc.broadcast(Story.byEvent(stories));
    JavaRDD<AssembledEvent> events = built.mapPartitions(part -> {
      EventJson json = new EventJson();
      List<AssembledEvent> out = new ArrayList<>();
      part.forEachRemaining(e -> out.add(e._1().withJson(json.withStory(e._1().json(),
          storyOfEvent.value().get(e._1().id())))));
      return out.iterator();
    });
    JavaRDD<AssembledEvent> newestFirst = events.sortBy(e -> e, true, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    newestFirst.count();
    built.unpersist(false);
    arrivals.unpersist(false);
    lap(times, "stories", t);
    return new Result(newestFirst, stories, c.files(), c.articles(), c.problems(), c.skipped(),
        c.ignoredByExtension(), times);
  }

  /**
   * The events as lists of article ids, without their facts and summaries: what comparing one grouping with
   * another takes, at a fraction of the cost of {@link #run}.
   */
  public List<List<String>> groups(JavaSparkContext jsc, List<String> inputs) throws IOException {
    Clustered c = cluster(jsc, inputs, new LinkedHashMap<>());
    int[] first = c.first();
    Map<Long, List<String>> byFirst = new java.util.TreeMap<>();
    for (Tuple2<Long, String> a : c.arrivals().mapValues(Document::id).collect()) {
      byFirst.computeIfAbsent((long) first[a._1().intValue()], k -> new ArrayList<>()).add(a._2());
    }
    c.arrivals().unpersist(false);
    return List.copyOf(byFirst.values());
  }

  private Clustered cluster(JavaSparkContext jsc, List<String> inputs, Map<String, Duration> times)
      throws IOException {
    long t = System.nanoTime();
    int partitions = settings.partitions();
    long maxRecordBytes = settings.maxRecordBytes();
    InputFiles.Listing listing = InputFiles.list(inputs, jsc.hadoopConfiguration(),
        CorpusReader.standard(maxRecordBytes));
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());

    JavaRDD<ReadRecord> read = jsc
        .parallelize(listing.files(), Math.max(1, Math.min(partitions, listing.files().size())))
        .mapPartitions(files -> InputFiles.read(files, conf, maxRecordBytes))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<String> problems = new ArrayList<>(listing.problems());
    problems.addAll(read.filter(r -> r.problem() != null).map(ReadRecord::problem).take(100));
    long badRecords = read.filter(r -> r.problem() != null).count();
    t = lap(times, "read", t);

    // one article per id, the one the single-machine reader keeps; then the digest's clean and analyse
    JavaRDD<Document> documents = read
        .filter(r -> r.article() != null)
        .mapToPair(r -> new Tuple2<>(r.article().id(), Bytes.of(r)))
        .reduceByKey(SparkDigest::kept, partitions)
        .values()
        .map(Bytes::<ReadRecord>read)
        .mapPartitions(SparkDigest::analyse)
        .persist(StorageLevel.MEMORY_AND_DISK_SER()); // the sort samples them before it sorts them
    JavaPairRDD<Long, Document> arrivals = documents
        .mapToPair(d -> new Tuple2<>(new ArrivalKey(d.article().published(), d.id()), Bytes.of(d)))
        .sortByKey(true, partitions)
        .values()
        .map(Bytes::<Document>read)
        .zipWithIndex()
        .mapToPair(Tuple2::swap)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long articles = arrivals.count();
    long duplicates = read.filter(r -> r.article() != null).count() - articles;
    read.unpersist(false);
    documents.unpersist(false);
    t = lap(times, "clean+analyse+order", t);

    Broadcast<DocumentFrequencies> df = jsc.broadcast(frequencies(arrivals, articles, partitions));
    t = lap(times, "frequencies", t);
    JavaPairRDD<Long, Reprint> reprints = DistributedReprints.find(
        arrivals.mapValues(d -> d.article().text()), arrivals.mapValues(Document::id), partitions);
    t = lap(times, "reprints", t);
    int[] first = EventMerge.firstArticles(TimeBlocks.links(arrivals, df, settings).toLocalIterator(), articles);
    t = lap(times, "cluster", t);
    return new Clustered(arrivals, df, reprints, first, articles, problems, badRecords + duplicates,
        listing.files().size(), listing.ignoredByExtension(), t);

  }

  private static long lap(Map<String, Duration> times, String step, long since) {
    long now = System.nanoTime();
    times.put(step, Duration.ofNanos(now - since));
    return now;
  }

  /** The digest's clean and analyse steps, with the reader's language guess, over one partition. */
  private static Iterator<Document> analyse(Iterator<ReadRecord> records) {
    LanguageGuesser languages = new LanguageGuesser();
    JunkLineFilter cleaner = new JunkLineFilter();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    List<Document> out = new ArrayList<>();
    records.forEachRemaining(r -> out.add(analyzer.analyze(cleaner.clean(languages.withGuessedLanguage(r.article())))));
    return out.iterator();
  }

  /** Document frequencies over the whole input: each term counted once per document, summed over partitions. */
  private static DocumentFrequencies frequencies(JavaPairRDD<Long, Document> arrivals, long articles,
      int partitions) {
    Map<String, Integer> counts = new HashMap<>(arrivals.values()
        .flatMap(d -> new HashSet<>(d.terms()).iterator())
        .mapToPair(t -> new Tuple2<>(t, 1))
        .reduceByKey(Integer::sum, partitions)
        .collectAsMap());
    return DocumentFrequencies.of(counts, (int) articles);
  }

  /**
   * Builds the events of one partition, each from its articles in arrival order and the reprints among them, with
   * the profile the story linker compares it by.
   */
  private static Iterator<Tuple2<AssembledEvent, OnlineStoryLinker.EventProfile>> assemble(
      Iterator<Tuple2<Long, Tuple2<Iterable<Tuple2<Long, byte[]>>, Iterable<Tuple2<Long, Reprint>>>>> groups,
      DocumentFrequencies df, WorldGazetteer world, int summarySentences, int summaryWords) {
    // the typer and the tagger take a fraction of a second to read, so each partition reads its own
    LanguageModels models = LanguageModels.shipped(world::isWellKnown);
    EventAssembler assembler = EventAssembler.standard(Gazetteer.countries(), () -> world, models, df,
        summarySentences, summaryWords);
    EventJson json = new EventJson();
    List<Event> events = new ArrayList<>();
    List<List<Document>> documents = new ArrayList<>();
    while (groups.hasNext()) {
      Tuple2<Iterable<Tuple2<Long, byte[]>>, Iterable<Tuple2<Long, Reprint>>> group = groups.next()._2();
      List<Document> docs = inArrivalOrder(group._1()).stream().map(Bytes::<Document>read).toList();
      if (docs.isEmpty()) {
        continue;
      }
      events.add(assembler.assemble(docs, inArrivalOrder(group._2())));
      documents.add(docs);
    }
    if (events.isEmpty()) {
      return java.util.Collections.emptyIterator();
    }
    // the partition's events classified as the single-machine digest classifies them (issue 20), and profiled for
    // the story linker (issue 19), through one embedding model: it takes about a second to load, so only a
    // partition with events loads it. One thread for the model: Spark runs one task per core already, and a model
    // spreading each task over every core made local[2] slower than local[1] (5,000 real articles: 96 against 111
    // articles/s)
    List<Tuple2<AssembledEvent, OnlineStoryLinker.EventProfile>> out = new ArrayList<>();
    try (MiniLmEmbedder minilm = new MiniLmEmbedder(EmbeddingEventClassifier.MAX_TOKENS, 1)) {
      // the linker compares events by the vectors the classifier made of the same texts
      CachingTextEmbedder eventVectors = new CachingTextEmbedder(minilm, Math.max(1, 2 * events.size()));
      List<EventKind> kinds = EmbeddingEventClassifier.standard(eventVectors, models.clauses()).classify(events);
      OnlineStoryLinker linker = new OnlineStoryLinker(OnlineStoryLinker.DEFAULTS, eventVectors);
      List<StoryLinker.EventDocuments> linked = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        linked.add(new StoryLinker.EventDocuments(events.get(i).withKind(kinds.get(i)), documents.get(i)));
      }
      float[][] embeddings = linker.embeddings(linked);
      for (int i = 0; i < linked.size(); i++) {
        Event event = linked.get(i).event();
        out.add(new Tuple2<>(AssembledEvent.of(event, json.eventLine(event)),
            linker.profile(linked.get(i), df, embeddings[i])));
      }
    }
    return out.iterator();
  }

  private static <T> List<T> inArrivalOrder(Iterable<Tuple2<Long, T>> numbered) {
    return StreamSupport.stream(numbered.spliterator(), false)
        .sorted(Comparator.comparingLong(Tuple2::_1))
        .map(Tuple2::_2)
        .toList();
  }

  /** Of two records of one id, the one the single-machine reader keeps, as bytes. */
  private static byte[] kept(byte[] a, byte[] b) {
    ReadRecord first = Bytes.read(a);
    return ReadRecord.kept(first, Bytes.read(b)) == first ? a : b;
  }

  /**
   * An article's place in {@link Document#IN_TIME_ORDER}, the order articles arrive in on one machine: what the
   * sort compares, while the document travels as bytes.
   */
  record ArrivalKey(Instant published, String id) implements Comparable<ArrivalKey>, Serializable {
    private static final Comparator<ArrivalKey> ORDER = Comparator.comparing(ArrivalKey::published,
        Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(ArrivalKey::id);

    @Override
    public int compareTo(ArrivalKey other) {
      return ORDER.compare(this, other);
    }
  }
}
