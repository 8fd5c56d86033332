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
import java.util.regex.Pattern;

/**
 * Merges the figures of an event's articles (the same number of the same thing is one figure with several
 * sources) and lists conflicts: different numbers for the same thing from different articles.
 */
public final class FigureMerger {

  /** "Hundreds" and "tens of thousands" do not contradict an exact count. */
  private static final Pattern VAGUE = Pattern.compile("(?i)^(?:dozens|hundreds|thousands|millions|tens of)");
  /** A sentence naming a year is background ("the 2013 collapse killed more than 1,100"), not this event. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** Index terms that say nothing about what is counted; the stop words ("were", "some") are no terms already. */
  private static final Set<String> GENERIC = Set.of("people", "person", "total", "least");

  /** Outcomes that a count of people reports, by the index terms that name them. */
  private static final Map<String, String> OUTCOMES = Map.ofEntries(
      Map.entry("died", "killed"), Map.entry("dead", "killed"), Map.entry("death", "killed"),
      Map.entry("die", "killed"), Map.entry("killed", "killed"), Map.entry("killing", "killed"),
      Map.entry("kill", "killed"), Map.entry("fatality", "killed"), Map.entry("toll", "killed"),
      Map.entry("injured", "injured"), Map.entry("wounded", "injured"), Map.entry("hurt", "injured"),
      Map.entry("injury", "injured"), Map.entry("fled", "displaced"), Map.entry("flee", "displaced"),
      Map.entry("displaced", "displaced"), Map.entry("evacuated", "displaced"), Map.entry("homeless", "displaced"),
      Map.entry("missing", "missing"), Map.entry("arrested", "arrested"), Map.entry("detained", "arrested"),
      Map.entry("magnitude", "magnitude"), Map.entry("turnout", "turnout"));

  public record Merged(List<Figure> figures, List<Conflict> conflicts) {}

  public Merged merge(List<Figure> figures) {
    Map<String, List<Figure>> same = new LinkedHashMap<>();
    for (Figure f : figures) {
      String key = countKey(f);
      same.computeIfAbsent(f.number() + "|" + f.unit() + "|" + (key.isEmpty() ? f.what() : key), k -> new ArrayList<>())
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
      String key = countKey(f);
      if (!key.isEmpty() && !VAGUE.matcher(f.value()).find() && !YEAR.matcher(f.sentence()).find()) {
        byCount.computeIfAbsent(f.unit() + "|" + key, k -> new ArrayList<>()).add(f);
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

  /**
   * What a figure counts, as a key that two articles reporting the same count share: the outcome named around
   * the number when there is one ("killing at least nine workers" and "11 people died" both count the killed),
   * else the unit and the terms of what follows it. Empty when a figure names nothing comparable.
   */
  static String countKey(Figure f) {
    // the words after the number say what it counts; failing that, the nearest words before it
    List<String> around = new ArrayList<>(Terms.terms(Objects.requireNonNullElse(f.what(), "")));
    List<String> before = new ArrayList<>(wordsBefore(f));
    java.util.Collections.reverse(before);
    around.addAll(before);
    for (String t : around) {
      String outcome = OUTCOMES.get(t);
      if (outcome != null) {
        return outcome;
      }
    }
    if (f.unit() == null) {
      return "";
    }
    TreeSet<String> key = new TreeSet<>();
    for (String t : Terms.terms(Objects.requireNonNullElse(f.what(), ""))) {
      if (!GENERIC.contains(t)) {
        key.add(t);
      }
    }
    return key.isEmpty() ? "" : f.unit() + " " + String.join(" ", key);
  }

  private static final int WORDS_BEFORE = 5;

  /** Index terms of up to five words before the figure in its sentence. */
  private static List<String> wordsBefore(Figure f) {
    int at = f.sentence().indexOf(f.value());
    if (at < 0) {
      return List.of();
    }
    List<String> terms = Terms.terms(f.sentence().substring(0, at));
    return terms.subList(Math.max(0, terms.size() - WORDS_BEFORE), terms.size());
  }
}
