package io.newsdesk.eval.clustering;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.cluster.SinglePassClusterer;
import io.newsdesk.eval.Split;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The sweep that chose the clustering thresholds, on the dev part of each dataset given and on nothing else:
 * for each threshold, B-cubed F1 (mean and worst of the seeds) of newsdesk, single-pass and agglomerative
 * clustering per dataset, and the mean over the datasets, by which a threshold is chosen. Run by hand:
 * {@code java -cp newsdesk-cli/target/newsdesk.jar io.newsdesk.eval.clustering.ClusteringSweep DIR...}.
 */
public final class ClusteringSweep {

  /** A system at one threshold. */
  private record Swept(String name, double from, double to, double step, DoubleFunction<ClusteringSystem> at) {}

  private static final List<Swept> SWEPT = List.of(
      new Swept("newsdesk", 0.04, 0.30, 0.02, t -> ClusteringSystem.of("newsdesk",
          new NeighbourGraphClusterer(t, NeighbourGraphClusterer.DEFAULT_WINDOW))),
      new Swept("tfidf-single-pass", 0.10, 0.40, 0.02, t -> ClusteringSystem.of("tfidf-single-pass",
          new SinglePassClusterer(t, SinglePassClusterer.DEFAULT_WINDOW))),
      new Swept("tfidf-agglomerative", 0.04, 0.30, 0.02, t -> ClusteringSystem.blind("tfidf-agglomerative",
          new AgglomerativeBaseline(t)::cluster)));

  private ClusteringSweep() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: ClusteringSweep DIR... (ECB+ or Giveme5W1H folders; only their dev part is read)");
      System.exit(2);
    }
    List<List<ClusteringEvaluation.LabelledDocument>> devParts = new ArrayList<>();
    for (String dir : args) {
      devParts.add(ClusteringEvaluation.analyse(ClusteringDatasets.read(Path.of(dir))).stream()
          .filter(d -> d.part() == Split.Part.DEV).toList());
    }
    PrintWriter out = new PrintWriter(System.out, true);
    for (Swept s : SWEPT) {
      out.printf("%s: dev B3 F1, mean (worst) of %d seeds, per dataset (%s), and the mean of the datasets%n",
          s.name(), ArrivalOrder.SEEDS.size(), String.join(", ", args));
      for (int k = 0; Math.round((s.from() + k * s.step()) * 1000) <= Math.round(s.to() * 1000); k++) {
        double threshold = Math.round((s.from() + k * s.step()) * 1000) / 1000.0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %.3f", threshold));
        double sum = 0;
        for (List<ClusteringEvaluation.LabelledDocument> dev : devParts) {
          SeedRuns r = ClusteringEvaluation.runs(dev, s.at().apply(threshold), Split.Part.DEV);
          sum += r.mean(ClusterScores::bcubedF1);
          line.append(String.format(Locale.ROOT, "  %.3f (%.3f)", r.mean(ClusterScores::bcubedF1), r.worstF1()));
        }
        out.println(line.append(String.format(Locale.ROOT, "  mean %.3f", sum / devParts.size())));
      }
    }
  }
}
