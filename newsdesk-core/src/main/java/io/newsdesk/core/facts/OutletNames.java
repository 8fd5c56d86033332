package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The outlets that published a group of articles, as names: an article's own outlet is often named in its text
 * ("sources told Al Jazeera", "CNN's Jake Tapper"), and a name that spells the outlet of an article being read is an
 * organisation, whatever its words suggest. An outlet is known by its site name or its web host; both are compared
 * by their letters and digits alone, a host by its own label ("www.aljazeera.com" is "aljazeera", "bbc.co.uk" is
 * "bbc"), a name without "The" ("The Guardian" is "guardian").
 */
final class OutletNames {

  /** Second-level labels under a country's code that are no outlet's name ("co" of "bbc.co.uk"). */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "ne", "or", "news");

  private static final OutletNames NONE = new OutletNames(Set.of());

  private final Set<String> keys;

  private OutletNames(Set<String> keys) {
    this.keys = keys;
  }

  static OutletNames none() {
    return NONE;
  }

  static OutletNames of(List<Document> documents) {
    Set<String> keys = new HashSet<>();
    for (Document d : documents) {
      String outlet = d.article().outlet();
      if (outlet != null && !outlet.isBlank()) {
        String key = outlet.contains(".") && !outlet.contains(" ") ? hostKey(outlet) : nameKey(outlet);
        if (key.length() >= 2) {
          keys.add(key);
        }
      }
    }
    return keys.isEmpty() ? NONE : new OutletNames(keys);
  }

  /** Whether {@code name} spells one of the outlets. */
  boolean names(String name) {
    return !keys.isEmpty() && keys.contains(nameKey(name));
  }

  static String nameKey(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      lower = lower.substring(4);
    }
    return lettersAndDigits(lower);
  }

  static String hostKey(String host) {
    String[] labels = host.strip().toLowerCase(Locale.ROOT).split("\\.");
    int last = labels.length - 2; // the label before the top-level domain
    if (last > 0 && SECOND_LEVEL.contains(labels[last])) {
      last--;
    }
    return last < 0 ? lettersAndDigits(labels[0]) : lettersAndDigits(labels[last]);
  }

  private static String lettersAndDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
