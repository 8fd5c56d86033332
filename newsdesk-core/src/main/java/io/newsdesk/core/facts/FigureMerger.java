package io.newsdesk.core.facts;

import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.text.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the figures of an event's articles (the same number of the same thing is one figure with several
 * sources) and lists conflicts: different numbers for the same thing from different articles.
 */
public final class FigureMerger {

  /** Words that say how a count came about but not what is counted. */
  private static final Set<String> GENERIC = Set.of("people", "person", "been", "were", "was", "have", "has",
      "had", "are", "is", "be", "some", "other", "total", "least");

  /** Spellings of one thing counted: the dead, the killed and deaths are one count. */
  private static final Map<String, String> SAME_COUNT = Map.ofEntries(
      Map.entry("died", "killed"), Map.entry("dead", "killed"), Map.entry("death", "killed"),
      Map.entry("die", "killed"), Map.entry("kill", "killed"), Map.entry("fatality", "killed"),
      Map.entry("wounded", "injured"), Map.entry("hurt", "injured"), Map.entry("injury", "injured"),
      Map.entry("fled", "displaced"), Map.entry("flee", "displaced"), Map.entry("evacuated", "displaced"),
      Map.entry("refugee", "displaced"), Map.entry("missing", "missing"));

  public record Merged(List<Figure> figures, List<Conflict> conflicts) {}

  public Merged merge(List<Figure> figures) {
    Map<String, List<Figure>> same = new LinkedHashMap<>();
    for (Figure f : figures) {
      same.computeIfAbsent(f.number() + "|" + f.unit() + "|" + String.join(" ", countKey(f)), k -> new ArrayList<>())
          .add(f);
    }
    List<Figure> merged = new ArrayList<>();
    for (List<Figure> group : same.values()) {
      Figure first = group.get(0);
      TreeSet<String> sources = new TreeSet<>();
      String claimedBy = null;
      for (Figure f : group) {
        sources.addAll(f.sources());
        claimedBy = claimedBy != null ? claimedBy : f.claimedBy();
      }
      merged.add(new Figure(first.value(), first.number(), first.unit(), first.qualifier(), first.what(), claimedBy,
          first.sentence(), List.copyOf(sources)));
    }
    return new Merged(merged, conflicts(merged));
  }

  private static List<Conflict> conflicts(List<Figure> figures) {
    Map<String, List<Figure>> byCount = new LinkedHashMap<>();
    for (Figure f : figures) {
      Set<String> key = countKey(f);
      if (!key.isEmpty() && f.value().chars().anyMatch(Character::isDigit)) {
        byCount.computeIfAbsent(f.unit() + "|" + String.join(" ", key), k -> new ArrayList<>()).add(f);
      }
    }
    List<Conflict> out = new ArrayList<>();
    for (List<Figure> group : byCount.values()) {
      if (group.size() < 2 || !fromDifferentArticles(group)) {
        continue;
      }
      List<Conflict.Claim> claims = group.stream()
          .map(f -> new Conflict.Claim(f.value() + (f.unit() == null ? "" : " " + f.unit()), f.claimedBy(), f.sources()))
          .toList();
      out.add(new Conflict(group.get(0).what(), claims));
    }
    return out;
  }

  private static boolean fromDifferentArticles(List<Figure> group) {
    Set<String> first = Set.copyOf(group.get(0).sources());
    return group.stream().anyMatch(f -> f.sources().stream().noneMatch(first::contains))
        && group.stream().map(Figure::number).distinct().count() > 1;
  }

  /** The terms of what a figure counts, with spellings of one count unified and generic words dropped. */
  static Set<String> countKey(Figure f) {
    TreeSet<String> key = new TreeSet<>();
    for (String t : Terms.terms(Objects.requireNonNullElse(f.what(), ""))) {
      if (!GENERIC.contains(t)) {
        key.add(SAME_COUNT.getOrDefault(t, t));
      }
    }
    return key;
  }
}
