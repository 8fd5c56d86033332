package io.newsdesk.eval.clustering;

import io.newsdesk.eval.Split;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A system's scores on one part of the split, one run per seed of {@link ArrivalOrder#SEEDS}.
 *
 * @param seconds time of all the runs together
 */
public record SeedRuns(ClusteringSystem system, Split.Part part, List<ClusterScores> runs, double seconds) {

  public SeedRuns {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs of " + system.name());
    }
    runs = List.copyOf(runs);
  }

  /** The mean of a figure over the runs. */
  public double mean(ToDoubleFunction<ClusterScores> figure) {
    return runs.stream().mapToDouble(figure).average().orElseThrow();
  }

  /** The lowest B-cubed F1 of the runs: what the least lucky order gave. */
  public double worstF1() {
    return runs.stream().mapToDouble(ClusterScores::bcubedF1).min().orElseThrow();
  }

  /** The number of gold events in the part. */
  int goldEvents() {
    return runs.get(0).events();
  }
}
