package io.newsdesk.eval.ner;

import io.newsdesk.core.language.ner.EntitySpan;
import io.newsdesk.core.language.ner.EntityType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span scores: a found name counts only when its first token, last token and type all match a gold name
 * (as conlleval counts), per type and over all types.
 */
public final class SpanScores {

  private final Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);

  public SpanScores() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new long[3]); // true positives, found, gold
    }
  }

  /** Adds one sentence's gold and found names. */
  public void add(List<EntitySpan> gold, List<EntitySpan> found) {
    Set<EntitySpan> goldSet = new HashSet<>(gold);
    for (EntitySpan s : found) {
      long[] c = counts.get(s.type());
      c[1]++;
      if (goldSet.contains(s)) {
        c[0]++;
      }
    }
    for (EntitySpan s : gold) {
      counts.get(s.type())[2]++;
    }
  }

  public double precision(EntityType type) {
    long[] c = type == null ? total() : counts.get(type);
    return c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  public double recall(EntityType type) {
    long[] c = type == null ? total() : counts.get(type);
    return c[2] == 0 ? 0 : (double) c[0] / c[2];
  }

  /** F1 of one type, or over all types when {@code type} is null. */
  public double f1(EntityType type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold names of a type, or of all when null. */
  public long gold(EntityType type) {
    return (type == null ? total() : counts.get(type))[2];
  }

  private long[] total() {
    long[] sum = new long[3];
    for (long[] c : counts.values()) {
      for (int i = 0; i < 3; i++) {
        sum[i] += c[i];
      }
    }
    return sum;
  }
}
