package io.newsdesk.eval.reuse;

import io.newsdesk.eval.ScoringWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generator's own tests of "this text is already in that article", with which it writes the benchmark's gold.
 * They share no code with newsdesk's detectors (nor with its tokeniser): words are {@link ScoringWords}.
 */
final class GoldText {

  /** A sentence is carried by an article holding this share of its word trigrams (or all its words in order). */
  static final double CARRIED_TRIGRAM_SHARE = 0.8;
  /**
   * Two untouched ECB+ articles are already near-copies at this Jaccard similarity of their word bigrams: versions
   * of one agency story with a changed line or two. Chosen as a definition of a reprint, not tuned on any score.
   */
  static final double NEAR_COPY_BIGRAM_JACCARD = 0.5;

  /**
   * A text read once for these tests: its words joined by single spaces (and padded with one, so that a sentence
   * is found only at word boundaries), its word bigrams and trigrams.
   */
  record Text(String spaced, Set<String> bigrams, Set<String> trigrams) {
    static Text of(String text) {
      List<String> words = ScoringWords.of(text);
      return new Text(" " + String.join(" ", words) + " ", ScoringWords.grams(words, 2), ScoringWords.grams(words, 3));
    }
  }

  private GoldText() {}

  /**
   * True when {@code article} holds {@code sentence}: its words in order, or at least
   * {@link #CARRIED_TRIGRAM_SHARE} of its word trigrams.
   */
  static boolean carries(Text article, String sentence) {
    List<String> s = ScoringWords.of(sentence);
    if (s.isEmpty()) {
      return false;
    }
    if (article.spaced().contains(" " + String.join(" ", s) + " ")) {
      return true;
    }
    Set<String> wanted = ScoringWords.grams(s, 3);
    return !wanted.isEmpty() && ScoringWords.heldShare(wanted, article.trigrams()) >= CARRIED_TRIGRAM_SHARE;
  }

  /** Jaccard similarity of the two texts' word-bigram sets. */
  static double bigramJaccard(Text a, Text b) {
    Set<String> both = new HashSet<>(a.bigrams());
    both.retainAll(b.bigrams());
    int union = a.bigrams().size() + b.bigrams().size() - both.size();
    return union == 0 ? 0 : both.size() / (double) union;
  }
}
