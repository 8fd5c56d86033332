package io.newsdesk.eval.geo;

import io.newsdesk.core.facts.GeoPlace;
import io.newsdesk.core.facts.Toponym;
import io.newsdesk.eval.data.Lgl;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one article's answers compare with its gold toponyms. A found toponym matches a gold one only when both
 * spans are exactly the same characters; a place is right when it lies within {@link #TOLERANCE_KM} of the gold
 * position (161 km, 100 miles, the usual tolerance of geoparsing evaluations).
 */
final class GoldMatching {

  static final double TOLERANCE_KM = 161;

  private GoldMatching() {}

  /** Distinct gold spans (a span marked twice counts once). */
  static int goldSpans(List<Lgl.GoldToponym> gold) {
    return spans(gold).size();
  }

  /** Distinct gold spans that carry a position. */
  static int placedSpans(List<Lgl.GoldToponym> gold) {
    return placedBySpan(gold).size();
  }

  /** Found toponyms whose span is exactly a gold span. */
  static int exactSpans(List<Toponym> found, List<Lgl.GoldToponym> gold) {
    Set<Long> spans = spans(gold);
    return (int) found.stream().filter(t -> spans.contains(span(t.start(), t.end()))).count();
  }

  /**
   * Given the gold spans: placed gold toponyms whose name was put within the tolerance, {@code chosen} holding
   * the place put for each name (as a {@link io.newsdesk.core.facts.Geocoder} answers).
   */
  static int rightOnGoldSpans(List<Lgl.GoldToponym> gold, Map<String, GeoPlace> chosen) {
    int right = 0;
    for (Lgl.GoldToponym t : placedBySpan(gold).values()) {
      if (within(chosen.get(t.phrase()), t)) {
        right++;
      }
    }
    return right;
  }

  /**
   * End to end: found toponyms whose span is exactly the span of a placed gold toponym and whose name was put
   * within the tolerance of its position. Over the found toponyms this is a precision, over the placed gold
   * toponyms a recall.
   */
  static int rightEndToEnd(List<Toponym> found, Map<String, GeoPlace> chosen, List<Lgl.GoldToponym> gold) {
    Map<Long, Lgl.GoldToponym> placed = placedBySpan(gold);
    int right = 0;
    for (Toponym t : found) {
      Lgl.GoldToponym g = placed.get(span(t.start(), t.end()));
      if (g != null && within(chosen.get(t.name()), g)) {
        right++;
      }
    }
    return right;
  }

  private static boolean within(GeoPlace p, Lgl.GoldToponym g) {
    return p != null && p.distanceKm(g.lat(), g.lon()) <= TOLERANCE_KM;
  }

  private static Set<Long> spans(List<Lgl.GoldToponym> gold) {
    Set<Long> spans = new HashSet<>();
    gold.forEach(t -> spans.add(span(t.start(), t.end())));
    return spans;
  }

  private static Map<Long, Lgl.GoldToponym> placedBySpan(List<Lgl.GoldToponym> gold) {
    Map<Long, Lgl.GoldToponym> placed = new HashMap<>();
    gold.stream().filter(Lgl.GoldToponym::placed).forEach(t -> placed.putIfAbsent(span(t.start(), t.end()), t));
    return placed;
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }
}
