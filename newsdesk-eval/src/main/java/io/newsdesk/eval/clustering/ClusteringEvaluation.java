package io.newsdesk.eval.clustering;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.cluster.SinglePassClusterer;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.SplitFigures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code newsdesk eval clustering}: groups a labelled dataset's articles into events and scores the groups
 * against the labels, beside baselines run in the same process on the same documents. Each part of the
 * {@link Split} is clustered on its own (only its articles are fed) and scored on its own, once per seed of
 * {@link ArrivalOrder}: articles arrive in publication order, ties in a seeded shuffle, never in an order a label
 * could have made.
 */
public final class ClusteringEvaluation {

  /** An analysed article, the event it reports and the part its unit falls in. */
  public record LabelledDocument(Document document, String event, Split.Part part) {}

  public void run(Path data, PrintWriter out) {
    ClusteringDatasets.Dataset dataset = ClusteringDatasets.read(data);
    List<LabelledDocument> docs = analyse(dataset);
    out.printf("clustering: %s, %d articles (%d dated), %d events; split by %s: %s; %s%n", data, docs.size(),
        docs.stream().filter(d -> d.document().article().published() != null).count(), events(docs), dataset.unit(),
        describe(docs, Split.Part.DEV), describe(docs, Split.Part.TEST));
    out.printf("each part clustered on its own, %d times: in publication order, ties (one time, or undated) "
        + "shuffled with seeds %s%n", ArrivalOrder.SEEDS.size(), ArrivalOrder.SEEDS.stream().map(String::valueOf)
        .collect(Collectors.joining(",")));
    out.flush();
    try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
      List<ClusteringSystem> systems = systems(embedder);
      print(evaluate(docs, systems, Split.Part.DEV), evaluate(docs, systems, Split.Part.TEST), out);
    }
  }

  /** newsdesk with its defaults, with headline embeddings, and the baselines. */
  static List<ClusteringSystem> systems(TextEmbedder embedder) {
    LingoBaseline lingo = new LingoBaseline();
    return List.of(
        ClusteringSystem.of("newsdesk", new NeighbourGraphClusterer()),
        ClusteringSystem.of("newsdesk+minilm",
            new NeighbourGraphClusterer().withEmbeddings(embedder, NeighbourGraphClusterer.EMBEDDING_WEIGHT)),
        ClusteringSystem.of("tfidf-single-pass", new SinglePassClusterer()),
        ClusteringSystem.blind("tfidf-agglomerative", new AgglomerativeBaseline()::cluster),
        ClusteringSystem.oracle("carrot2-lingo-oracle", lingo::cluster));
  }

  /** Every article analysed once, as newsdesk's pipeline would (junk lines cleaned first). */
  static List<LabelledDocument> analyse(ClusteringDatasets.Dataset dataset) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    return dataset.articles().stream()
        .map(l -> new LabelledDocument(analyzer.analyze(cleaner.clean(l.article())), l.event(), l.part()))
        .toList();
  }

  /** Each system's runs on one part. */
  static List<SeedRuns> evaluate(List<LabelledDocument> docs, List<ClusteringSystem> systems, Split.Part part) {
    List<LabelledDocument> inPart = docs.stream().filter(d -> d.part() == part).toList();
    if (inPart.isEmpty()) {
      throw new IllegalArgumentException("no articles in the " + part.label() + " part");
    }
    List<SeedRuns> out = new ArrayList<>();
    for (ClusteringSystem system : systems) {
      out.add(runs(inPart, system, part));
    }
    return out;
  }

  /** One system run on one part's documents once per seed, each run scored against the gold. */
  public static SeedRuns runs(List<LabelledDocument> inPart, ClusteringSystem system, Split.Part part) {
    int trueEvents = events(inPart);
    List<ClusterScores> scores = new ArrayList<>();
    long t = System.nanoTime();
    for (long seed : ArrivalOrder.SEEDS) {
      List<LabelledDocument> arrived = ArrivalOrder.of(inPart, d -> d.document().article().published(), seed);
      List<Document> fed = ArrivalOrder.numbered(arrived.stream().map(LabelledDocument::document).toList());
      List<String> labels = system.labeller().labels(fed, trueEvents);
      scores.add(ClusterScores.score(labels, arrived.stream().map(LabelledDocument::event).toList()));
    }
    return new SeedRuns(system, part, scores, (System.nanoTime() - t) / 1e9);
  }

  private static int events(List<LabelledDocument> docs) {
    return (int) docs.stream().map(LabelledDocument::event).distinct().count();
  }

  private static String describe(List<LabelledDocument> docs, Split.Part part) {
    List<LabelledDocument> inPart = docs.stream().filter(d -> d.part() == part).toList();
    return String.format("%s %d articles, %d events", part.label(), inPart.size(), events(inPart));
  }

  private static final String PART_COLUMNS = "%7s %6s %6s %6s %7s %9s";

  static void print(List<SeedRuns> dev, List<SeedRuns> test, PrintWriter out) {
    print(dev, test, out, "clustering");
  }

  /** The table of each system's figures, and the last line of {@code task}'s figures (the first system's in full). */
  public static void print(List<SeedRuns> dev, List<SeedRuns> test, PrintWriter out, String task) {
    out.printf("%-22s | %-46s | %-46s | %s%n", "", "dev (mean of the seeds; worst B3 F1)",
        "test (mean of the seeds; worst B3 F1)", "");
    String part = String.format(PART_COLUMNS, "B3 F1", "worst", "B3 P", "B3 R", "pair F1", "events");
    out.printf("%-22s | %s | %s | %s%n", "system", part, part, "s/run");
    boolean oracles = false;
    for (int i = 0; i < dev.size(); i++) {
      ClusteringSystem s = dev.get(i).system();
      oracles |= s.oracle();
      out.printf(Locale.ROOT, "%-22s | %s | %s | %5.2f%n", s.name() + (s.oracle() ? " *" : ""), row(dev.get(i)),
          row(test.get(i)), (dev.get(i).seconds() + test.get(i).seconds()) / (2.0 * ArrivalOrder.SEEDS.size()));
    }
    if (oracles) {
      out.println("* told the true number of events in the part, which no user knows: an oracle's bound, not a "
          + "rival");
    }
    out.println(lastLine(dev, test, task));
    out.flush();
  }

  private static String row(SeedRuns r) {
    return String.format(Locale.ROOT, "%7.3f %6.3f %6.3f %6.3f %7.3f %5.1f/%-3d", r.mean(ClusterScores::bcubedF1),
        r.worstF1(), r.mean(ClusterScores::bcubedPrecision), r.mean(ClusterScores::bcubedRecall),
        r.mean(ClusterScores::pairF1), r.mean(ClusterScores::clusters), r.goldEvents());
  }

  /** newsdesk's figures (the first system's) in full, the others' B-cubed F1, each as mean and worst. */
  static String lastLine(List<SeedRuns> dev, List<SeedRuns> test) {
    return lastLine(dev, test, "clustering");
  }

  static String lastLine(List<SeedRuns> dev, List<SeedRuns> test, String task) {
    SeedRuns d = dev.get(0);
    SeedRuns t = test.get(0);
    SplitFigures figures = new SplitFigures(task)
        .add("bcubed_f1", d.mean(ClusterScores::bcubedF1), t.mean(ClusterScores::bcubedF1))
        .add("bcubed_f1_worst", d.worstF1(), t.worstF1())
        .add("bcubed_p", d.mean(ClusterScores::bcubedPrecision), t.mean(ClusterScores::bcubedPrecision))
        .add("bcubed_r", d.mean(ClusterScores::bcubedRecall), t.mean(ClusterScores::bcubedRecall))
        .add("pair_f1", d.mean(ClusterScores::pairF1), t.mean(ClusterScores::pairF1))
        .add("events", Math.round(d.mean(ClusterScores::clusters)), Math.round(t.mean(ClusterScores::clusters)))
        .add("gold_events", (long) d.goldEvents(), (long) t.goldEvents());
    for (int i = 1; i < dev.size(); i++) {
      String key = dev.get(i).system().key();
      figures.add(key + "_bcubed_f1", dev.get(i).mean(ClusterScores::bcubedF1),
              test.get(i).mean(ClusterScores::bcubedF1))
          .add(key + "_bcubed_f1_worst", dev.get(i).worstF1(), test.get(i).worstF1());
    }
    return figures.addOther("seeds", String.valueOf(ArrivalOrder.SEEDS.size())).toString();
  }
}
