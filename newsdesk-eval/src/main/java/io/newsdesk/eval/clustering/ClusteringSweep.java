package io.newsdesk.eval.clustering;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.cluster.SinglePassClusterer;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.eval.Split;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The sweep that chose the clustering settings, on the dev part of each dataset given and on nothing else (the
 * test part is not even clustered): for each value of a setting, the others at their defaults, B-cubed F1 (mean
 * and worst of the seeds) per dataset, and the mean over the datasets, by which a value is chosen. Run by hand:
 * {@code java -cp newsdesk-cli/target/newsdesk.jar io.newsdesk.eval.clustering.ClusteringSweep [--only SETTING]
 * DIR...}.
 */
public final class ClusteringSweep {

  /** One setting of one system, tried at each of {@code values}, the others at their defaults. */
  private record Swept(String name, List<Double> values, DoubleFunction<ClusteringSystem> at) {}

  /** The headline model, loaded only when the embedding weight is swept. */
  private static MiniLmEmbedder embedder;

  private static final List<Swept> SWEPT = List.of(
      new Swept("newsdesk-threshold", steps(0.04, 0.30, 0.02), t -> ClusteringSystem.of("newsdesk",
          new NeighbourGraphClusterer(t, NeighbourGraphClusterer.DEFAULT_WINDOW))),
      new Swept("newsdesk-neighbours", List.of(1.0, 2.0, 3.0, 4.0), k -> ClusteringSystem.of("newsdesk",
          new NeighbourGraphClusterer((int) k, NeighbourGraphClusterer.DEFAULT_THRESHOLD,
              NeighbourGraphClusterer.DEFAULT_TIME_CONSTANT, NeighbourGraphClusterer.DEFAULT_WINDOW))),
      new Swept("newsdesk-time-constant-days", List.of(0.5, 1.0, 2.0, 3.0), days -> ClusteringSystem.of("newsdesk",
          new NeighbourGraphClusterer(NeighbourGraphClusterer.DEFAULT_NEIGHBOURS,
              NeighbourGraphClusterer.DEFAULT_THRESHOLD, Duration.ofMinutes(Math.round(days * 24 * 60)),
              NeighbourGraphClusterer.DEFAULT_WINDOW))),
      new Swept("newsdesk-embedding-weight", List.of(0.05, 0.1, 0.15, 0.2), w -> ClusteringSystem.of("newsdesk+minilm",
          new NeighbourGraphClusterer().withEmbeddings(embedder(), w))),
      new Swept("tfidf-single-pass-threshold", steps(0.10, 0.40, 0.02), t -> ClusteringSystem.of("tfidf-single-pass",
          new SinglePassClusterer(t, SinglePassClusterer.DEFAULT_WINDOW))),
      new Swept("tfidf-agglomerative-threshold", steps(0.04, 0.30, 0.02), t -> ClusteringSystem.blind(
          "tfidf-agglomerative", new AgglomerativeBaseline(t)::cluster)));

  private static synchronized MiniLmEmbedder embedder() {
    if (embedder == null) {
      embedder = new MiniLmEmbedder();
    }
    return embedder;
  }

  /** from, from + step, ... up to to, rounded to three decimals: the values a threshold is tried at. */
  public static List<Double> steps(double from, double to, double step) {
    List<Double> out = new ArrayList<>();
    for (int k = 0; Math.round((from + k * step) * 1000) <= Math.round(to * 1000); k++) {
      out.add(Math.round((from + k * step) * 1000) / 1000.0);
    }
    return out;
  }

  private ClusteringSweep() {}

  public static void main(String[] args) {
    List<String> dirs = new ArrayList<>(List.of(args));
    String only = "";
    if (dirs.size() >= 2 && dirs.get(0).equals("--only")) {
      only = dirs.get(1);
      dirs = dirs.subList(2, dirs.size());
    }
    if (dirs.isEmpty()) {
      System.err.println("usage: ClusteringSweep [--only SETTING] DIR... (ECB+ or Giveme5W1H folders; only their dev "
          + "part is read; settings: " + SWEPT.stream().map(Swept::name).toList() + ")");
      System.exit(2);
    }
    List<List<ClusteringEvaluation.LabelledDocument>> devParts = new ArrayList<>();
    for (String dir : dirs) {
      devParts.add(ClusteringEvaluation.analyse(ClusteringDatasets.read(Path.of(dir))).stream()
          .filter(d -> d.part() == Split.Part.DEV).toList());
    }
    PrintWriter out = new PrintWriter(System.out, true);
    for (Swept s : SWEPT) {
      if (!s.name().startsWith(only)) {
        continue;
      }
      out.printf("%s: dev B3 F1, mean (worst) of %d seeds, per dataset (%s), and the mean of the datasets%n",
          s.name(), ArrivalOrder.SEEDS.size(), String.join(", ", dirs));
      for (double value : s.values()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %.3f", value));
        double sum = 0;
        for (List<ClusteringEvaluation.LabelledDocument> dev : devParts) {
          SeedRuns r = ClusteringEvaluation.runs(dev, s.at().apply(value), Split.Part.DEV);
          sum += r.mean(ClusterScores::bcubedF1);
          line.append(String.format(Locale.ROOT, "  %.3f (%.3f)", r.mean(ClusterScores::bcubedF1), r.worstF1()));
        }
        out.println(line.append(String.format(Locale.ROOT, "  mean %.3f", sum / devParts.size())));
      }
    }
    if (embedder != null) {
      embedder.close();
    }
  }
}
