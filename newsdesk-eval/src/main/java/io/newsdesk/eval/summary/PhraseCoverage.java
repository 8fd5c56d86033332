package io.newsdesk.eval.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of an event's annotated who/what/when/where a summary says. A phrase counts as covered when at least
 * half of its content words stand in the summary: annotators mark spans of different length for the same fact
 * ("Croydon" and "in Croydon, south London"), so an exact match would score wording, not content.
 */
final class PhraseCoverage {

  /** Share of a phrase's content words that must be in the summary; one of two words, two of three or four. */
  static final double COVERED = 0.5;

  private final List<Set<String>> phrases = new ArrayList<>();

  /** @param phrases the event's annotated phrases; repeats (by content words) and empty phrases count once or not */
  PhraseCoverage(List<String> phrases) {
    Set<Set<String>> seen = new HashSet<>();
    for (String p : phrases) {
      Set<String> words = ContentWords.of(p);
      if (!words.isEmpty() && seen.add(words)) {
        this.phrases.add(words);
      }
    }
  }

  int phrases() {
    return phrases.size();
  }

  /** The share of phrases covered by {@code summary}; 0 for an event without phrases. */
  double coverage(String summary) {
    if (phrases.isEmpty()) {
      return 0;
    }
    Set<String> said = ContentWords.of(summary);
    int covered = 0;
    for (Set<String> p : phrases) {
      long in = p.stream().filter(said::contains).count();
      if (in >= COVERED * p.size()) {
        covered++;
      }
    }
    return (double) covered / phrases.size();
  }
}
