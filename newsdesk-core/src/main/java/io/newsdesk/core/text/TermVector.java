package io.newsdesk.core.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A sparse vector of weights over terms, L2-normalised on construction so that cosine is a dot product. */
public final class TermVector {

  public static final TermVector EMPTY = new TermVector(Map.of());

  private final Map<String, Double> weights;

  private TermVector(Map<String, Double> normalized) {
    this.weights = normalized;
  }

  /** Normalises {@code raw} (zero and negative weights dropped); an empty or all-zero map gives {@link #EMPTY}. */
  public static TermVector of(Map<String, Double> raw) {
    double norm = 0;
    for (double w : raw.values()) {
      if (w > 0) {
        norm += w * w;
      }
    }
    if (norm == 0) {
      return EMPTY;
    }
    double scale = 1 / Math.sqrt(norm);
    Map<String, Double> copy = new HashMap<>(raw.size() * 2);
    raw.forEach((t, w) -> {
      if (w > 0) {
        copy.put(t, w * scale);
      }
    });
    return new TermVector(Collections.unmodifiableMap(copy));
  }

  public double cosine(TermVector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  public double weight(String term) {
    return weights.getOrDefault(term, 0.0);
  }

  public Map<String, Double> weights() {
    return weights;
  }

  public boolean isEmpty() {
    return weights.isEmpty();
  }
}
