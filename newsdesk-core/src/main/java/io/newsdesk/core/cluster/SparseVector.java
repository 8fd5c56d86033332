package io.newsdesk.core.cluster;

import io.newsdesk.core.text.TermVector;
import java.util.Arrays;
import java.util.Map;

/**
 * A unit TF-IDF vector as term numbers in ascending order with their weights: the dot product of two is one
 * merge of sorted arrays. Weights are floats, which halves the memory of a live window and changes no decision
 * (a cosine moves in the seventh digit).
 */
record SparseVector(int[] terms, float[] weights) {

  static SparseVector of(TermVector vector, Map<String, Integer> termIds) {
    int n = vector.weights().size();
    long[] packed = new long[n];
    double[] byEntry = new double[n];
    int k = 0;
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      int id = termIds.computeIfAbsent(e.getKey(), t -> termIds.size());
      packed[k] = ((long) id << 32) | k;
      byEntry[k++] = e.getValue();
    }
    Arrays.sort(packed);
    int[] terms = new int[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      terms[i] = (int) (packed[i] >>> 32);
      weights[i] = (float) byEntry[(int) packed[i]];
    }
    return new SparseVector(terms, weights);
  }

  double dot(SparseVector other) {
    int[] a = terms;
    int[] b = other.terms;
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        sum += (double) weights[i++] * other.weights[j++];
      }
    }
    return sum;
  }

  /** Positions of the {@code n} heaviest terms, heaviest first. */
  int[] heaviest(int n) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Float.compare(weights[y], weights[x]));
    int m = Math.min(n, order.length);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
