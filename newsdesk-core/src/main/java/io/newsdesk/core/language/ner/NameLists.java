package io.newsdesk.core.language.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word lists harvested from the training sentences alone, which the recogniser reads as features: first names
 * (the first word of a person's name of two words or more) and organisation words (the last word of an
 * organisation's name, "Inc", "University", "Party"), each kept when seen at least twice. Lower-cased.
 */
public record NameLists(Set<String> firstNames, Set<String> organisationWords) {

  public NameLists {
    firstNames = Set.copyOf(firstNames);
    organisationWords = Set.copyOf(organisationWords);
  }

  public static NameLists empty() {
    return new NameLists(Set.of(), Set.of());
  }

  public static NameLists harvest(List<LabelledSentence> training) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> org = new HashMap<>();
    for (LabelledSentence s : training) {
      for (EntitySpan span : s.spans()) {
        if (span.type() == EntityType.PER && span.end() - span.start() >= 2) {
          first.merge(lower(s.tokens().get(span.start())), 1, Integer::sum);
        } else if (span.type() == EntityType.ORG && span.end() - span.start() >= 2) {
          org.merge(lower(s.tokens().get(span.end() - 1)), 1, Integer::sum);
        }
      }
    }
    return new NameLists(frequent(first), frequent(org));
  }

  private static Set<String> frequent(Map<String, Integer> counts) {
    Set<String> kept = new TreeSet<>();
    counts.forEach((w, n) -> {
      if (n >= 2 && w.chars().anyMatch(Character::isLetter)) {
        kept.add(w);
      }
    });
    return kept;
  }

  static String lower(String word) {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
