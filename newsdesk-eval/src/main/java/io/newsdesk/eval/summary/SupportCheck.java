package io.newsdesk.eval.summary;

import io.newsdesk.eval.ScoringWords;
import io.newsdesk.core.model.SummarySentence;
import java.util.Map;
import java.util.Set;

/**
 * Whether every article a summary sentence cites really carries it, judged on the articles' text as read, with
 * code of its own (nothing of the summarizer's or of newsdesk's text analysis): a cited article carries a sentence
 * when its text contains the sentence verbatim (whitespace aside) or at least {@link #SHARED_TRIGRAMS} of the
 * sentence's word trigrams (lower-cased words as {@link ScoringWords} reads them, no stemming). A sentence may be
 * cut (an opener, a dateline) and still carry; a paraphrase does not.
 */
final class SupportCheck {

  /** Share of a sentence's distinct word trigrams a cited article must hold; set by the issue, not tuned. */
  static final double SHARED_TRIGRAMS = 0.8;

  private final Map<String, String> normalisedText;
  private final Map<String, Set<String>> trigramsOf;

  /** @param textById each article's text as read (title, lead and body), by article id */
  SupportCheck(Map<String, String> textById) {
    this.normalisedText = new java.util.HashMap<>();
    this.trigramsOf = new java.util.HashMap<>();
    textById.forEach((id, text) -> {
      normalisedText.put(id, normalise(text));
      trigramsOf.put(id, ScoringWords.grams(ScoringWords.of(text), 3));
    });
  }

  boolean supported(SummarySentence s) {
    if (s.sources().isEmpty()) {
      return false;
    }
    String sentence = normalise(s.text());
    Set<String> wanted = ScoringWords.grams(ScoringWords.of(s.text()), 3);
    for (String id : s.sources()) {
      String text = normalisedText.get(id);
      if (text == null) {
        return false;
      }
      if (!text.contains(sentence) && !(wanted.size() > 0 && ScoringWords.heldShare(wanted, trigramsOf.get(id)) >= SHARED_TRIGRAMS)) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
