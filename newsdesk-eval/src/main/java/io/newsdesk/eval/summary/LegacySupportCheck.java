package io.newsdesk.eval.summary;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.text.Terms;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the articles a summary sentence cites really carry it, judged on their text alone, not on how the
 * summarizer chose them: the first cited article must hold a sentence of which the summary sentence is that
 * sentence or a shortening of it (its words in the same order, some left out); every other cited article must
 * hold a sentence, or two sentences side by side, with at least half of its content words.
 */
final class LegacySupportCheck {

  /** Share of content words that another article's passage must repeat to report the same thing. */
  static final double SAME_CONTENT = 0.5;

  private final Map<String, Document> byId;

  LegacySupportCheck(Map<String, Document> byId) {
    this.byId = Map.copyOf(byId);
  }

  boolean supported(SummarySentence s) {
    Document origin = byId.get(s.sources().get(0));
    if (origin == null || origin.sentences().stream().noneMatch(o -> shortens(s.text(), o.text()))) {
      return false;
    }
    Set<String> content = ContentWords.of(s.text());
    for (String id : s.sources().subList(1, s.sources().size())) {
      Document d = byId.get(id);
      if (d == null || !repeats(content, d.sentences())) {
        return false;
      }
    }
    return true;
  }

  /** True when the words of {@code summary} appear in {@code original} in the same order. */
  static boolean shortens(String summary, String original) {
    List<String> want = lower(summary);
    List<String> have = lower(original);
    int j = 0;
    for (int i = 0; i < have.size() && j < want.size(); i++) {
      if (have.get(i).equals(want.get(j))) {
        j++;
      }
    }
    return !want.isEmpty() && j == want.size();
  }

  private static boolean repeats(Set<String> content, List<Sentence> sentences) {
    if (content.isEmpty()) {
      return false;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> passage = new java.util.HashSet<>(ContentWords.of(sentences.get(i).text()));
      if (share(content, passage) >= SAME_CONTENT) {
        return true;
      }
      if (i + 1 < sentences.size()) {
        passage.addAll(ContentWords.of(sentences.get(i + 1).text()));
        if (share(content, passage) >= SAME_CONTENT) {
          return true;
        }
      }
    }
    return false;
  }

  private static double share(Set<String> content, Set<String> passage) {
    return (double) content.stream().filter(passage::contains).count() / content.size();
  }

  private static List<String> lower(String text) {
    return Terms.words(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
