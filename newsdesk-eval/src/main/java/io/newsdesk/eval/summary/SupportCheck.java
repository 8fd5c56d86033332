package io.newsdesk.eval.summary;

import io.newsdesk.core.model.SummarySentence;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether every article a summary sentence cites really carries it, judged on the articles' text as read, with
 * code of its own (nothing of the summarizer's or of newsdesk's text analysis): a cited article carries a sentence
 * when its text contains the sentence verbatim (whitespace aside) or at least {@link #SHARED_TRIGRAMS} of the
 * sentence's word trigrams (lower-cased words as {@link Rouge#words} reads them, no stemming). A sentence may be
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
      trigramsOf.put(id, trigrams(Rouge.words(text)));
    });
  }

  boolean supported(SummarySentence s) {
    if (s.sources().isEmpty()) {
      return false;
    }
    String sentence = normalise(s.text());
    Set<String> wanted = trigrams(Rouge.words(s.text()));
    for (String id : s.sources()) {
      String text = normalisedText.get(id);
      if (text == null) {
        return false;
      }
      if (!text.contains(sentence) && !(wanted.size() > 0 && share(wanted, trigramsOf.get(id)) >= SHARED_TRIGRAMS)) {
        return false;
      }
    }
    return true;
  }

  private static double share(Set<String> wanted, Set<String> held) {
    return (double) wanted.stream().filter(held::contains).count() / wanted.size();
  }

  private static Set<String> trigrams(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      out.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
    }
    return out;
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
