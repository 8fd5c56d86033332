package io.newsdesk.eval.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The generator's own tests of "this text is already in that article", with which it writes the benchmark's gold.
 * They share no code with newsdesk's detectors (nor with its tokeniser), so a detector cannot decide what counts
 * as right: words are runs of letters or digits, lower-cased, never stemmed.
 */
final class GoldText {

  /** A sentence is carried by an article holding this share of its word trigrams (or all its words in order). */
  static final double CARRIED_TRIGRAM_SHARE = 0.8;
  /**
   * Two untouched ECB+ articles are already near-copies at this Jaccard similarity of their word bigrams: versions
   * of one agency story with a changed line or two. Chosen as a definition of a reprint, not tuned on any score.
   */
  static final double NEAR_COPY_BIGRAM_JACCARD = 0.5;

  private GoldText() {}

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  /** The word n-grams of {@code words}, each joined with a space. */
  static Set<String> grams(List<String> words, int n) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + n <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + n)));
    }
    return out;
  }

  /**
   * True when {@code article} holds {@code sentence}: its words in order, or at least
   * {@link #CARRIED_TRIGRAM_SHARE} of its word trigrams.
   */
  static boolean carries(String article, String sentence) {
    List<String> s = words(sentence);
    if (s.isEmpty()) {
      return false;
    }
    List<String> a = words(article);
    if ((" " + String.join(" ", a) + " ").contains(" " + String.join(" ", s) + " ")) {
      return true;
    }
    Set<String> wanted = grams(s, 3);
    if (wanted.isEmpty()) {
      return false;
    }
    Set<String> theirs = grams(a, 3);
    long held = wanted.stream().filter(theirs::contains).count();
    return held >= CARRIED_TRIGRAM_SHARE * wanted.size();
  }

  /** Jaccard similarity of the two texts' word-bigram sets. */
  static double bigramJaccard(String a, String b) {
    Set<String> x = grams(words(a), 2);
    Set<String> y = grams(words(b), 2);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    int union = x.size() + y.size() - both.size();
    return union == 0 ? 0 : both.size() / (double) union;
  }
}
