package io.newsdesk.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric, ported from its {@code evaluate.py}: texts are cut into word
 * tokens, tokens into overlapping 4-grams ("shingles"), and predicted shingles matched against true ones as
 * multisets. Counts are normalised per page so that long pages weigh no more than short ones; precision and
 * recall are then averaged over pages, and F1 is taken from the two averages.
 */
public final class ShingleMatching {

  static final int SHINGLE_SIZE = 4;

  private ShingleMatching() {}

  /**
   * True and false positives and false negatives of one page, normalised to sum to 1 (all 0 when both texts
   * have no tokens).
   */
  public record Counts(double tp, double fp, double fn) {
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Precision and recall averaged over pages, F1 from those averages, and the share of exact token matches. */
  public record Scores(double f1, double precision, double recall, double accuracy, int pages) {}

  public static Counts compare(String truth, String predicted) {
    Map<List<String>, Integer> expected = shingles(truth);
    Map<List<String>, Integer> found = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : found.entrySet()) {
      int t = expected.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    for (Map.Entry<List<String>, Integer> e : expected.entrySet()) {
      fn += Math.max(0, e.getValue() - found.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  /** True when both texts have the same tokens in the same order: the benchmark's "accuracy". */
  public static boolean sameTokens(String truth, String predicted) {
    return WordTokens.of(truth).equals(WordTokens.of(predicted));
  }

  /**
   * Scores over pages. As in {@code evaluate.py}, precision is averaged over the pages where something was
   * predicted or expected to be, recall over the pages where something was expected or predicted correctly.
   */
  public static Scores score(List<Counts> pages, List<Boolean> exact) {
    if (pages.size() != exact.size()) {
      throw new IllegalArgumentException("pages and exact must have the same size: " + pages.size() + " vs "
          + exact.size());
    }
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        precisionSum += c.precision();
        precisionPages++;
      }
      if (c.tp() + c.fn() > 0) {
        recallSum += c.recall();
        recallPages++;
      }
    }
    double precision = precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
    double recall = recallPages == 0 ? Double.NaN : recallSum / recallPages;
    double f1 = 2 * precision * recall / (precision + recall);
    double accuracy = exact.isEmpty() ? Double.NaN
        : exact.stream().filter(Boolean::booleanValue).count() / (double) exact.size();
    return new Scores(f1, precision, recall, accuracy, pages.size());
  }

  /** Shingles with their counts; a text shorter than a shingle is one shingle of all its tokens. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = WordTokens.of(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = new ArrayList<>(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE)));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
