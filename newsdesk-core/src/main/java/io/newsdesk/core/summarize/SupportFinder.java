package io.newsdesk.core.summarize;

import io.newsdesk.core.model.Document;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of an event's articles carry a summary sentence: its own, then every other whose text holds at least
 * {@link #SHARED_TRIGRAMS} of the sentence's word trigrams (lower-cased runs of letters and digits), so the same
 * sentence, reprinted or lightly edited. An article that reports the same fact in other words is not cited: a
 * citation promises the reader the sentence stands there.
 */
final class SupportFinder {

  /**
   * Share of a sentence's distinct word trigrams another article must hold to be cited for it; the definition of
   * "carries" in issue 16, not tuned. Facets shared in one place (60%, set on all twelve Giveme5W1H events) cited
   * articles that only paraphrased.
   */
  static final double SHARED_TRIGRAMS = 0.8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final List<Document> event;
  private final Map<String, Set<String>> trigramsById = new HashMap<>();

  SupportFinder(List<Document> event) {
    this.event = List.copyOf(event);
    for (Document d : event) {
      String title = d.article().title() == null ? "" : d.article().title() + "\n\n";
      trigramsById.put(d.id(), trigrams(title + d.article().text()));
    }
  }

  /** The ids of the articles that carry {@code sentence}, {@code origin}'s (where it was taken from) first. */
  List<String> supporters(String sentence, Document origin) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(origin.id());
    Set<String> wanted = trigrams(sentence);
    if (wanted.isEmpty()) {
      return List.copyOf(ids);
    }
    for (Document d : event) {
      if (!ids.contains(d.id()) && share(wanted, trigramsById.get(d.id())) >= SHARED_TRIGRAMS) {
        ids.add(d.id());
      }
    }
    return List.copyOf(ids);
  }

  private static double share(Set<String> wanted, Set<String> held) {
    return (double) wanted.stream().filter(held::contains).count() / wanted.size();
  }

  private static Set<String> trigrams(String text) {
    List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      out.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
    }
    return out;
  }
}
