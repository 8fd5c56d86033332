package io.newsdesk.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed and pairwise precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin, 1998):
 * B-cubed averages, over items, the share of an item's cluster that shares its gold event (precision) and the
 * share of its gold event that shares its cluster (recall).
 */
public record ClusterScores(double bcubedPrecision, double bcubedRecall, double bcubedF1, double pairPrecision,
                     double pairRecall, double pairF1, int clusters, int events) {

  /**
   * Scores of one grouping of items against another, each group a list of item ids: how far two runs of
   * clustering agree. An item the predicted grouping lacks counts as a group of its own.
   */
  public static ClusterScores agreement(List<List<String>> predicted, List<List<String>> reference) {
    Map<String, String> predictedGroup = groupOfEachItem(predicted);
    List<String> p = new java.util.ArrayList<>();
    List<String> g = new java.util.ArrayList<>();
    groupOfEachItem(reference).forEach((item, group) -> {
      g.add(group);
      p.add(predictedGroup.getOrDefault(item, "\u0000" + item));
    });
    return score(p, g);
  }

  private static Map<String, String> groupOfEachItem(List<List<String>> groups) {
    Map<String, String> groupOf = new HashMap<>();
    for (List<String> group : groups) {
      group.forEach(item -> groupOf.put(item, group.get(0)));
    }
    return groupOf;
  }

  /** @param predicted and {@code gold}: one label per item, in the same order */
  public static ClusterScores score(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size() || gold.isEmpty()) {
      throw new IllegalArgumentException("predicted and gold must be non-empty and of one size: "
          + predicted.size() + ", " + gold.size());
    }
    int n = gold.size();
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> eventSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      clusterSize.merge(predicted.get(i), 1, Integer::sum);
      eventSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      p += common / (double) clusterSize.get(predicted.get(i));
      r += common / (double) eventSize.get(gold.get(i));
    }
    p /= n;
    r /= n;
    long truePairs = both.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long predictedPairs = clusterSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long goldPairs = eventSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    double pp = predictedPairs == 0 ? 1 : truePairs / (double) predictedPairs;
    double pr = goldPairs == 0 ? 1 : truePairs / (double) goldPairs;
    return new ClusterScores(p, r, f1(p, r), pp, pr, f1(pp, pr), clusterSize.size(), eventSize.size());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
