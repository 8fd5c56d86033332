package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.ConllU;
import io.newsdesk.core.language.PosTagger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline every tagger must beat: each word gets the UPOS and XPOS it carried most often in training (by its
 * form, else its lower-case form), an unseen word the commonest tag of all (a singular noun). Its lemma is the
 * word itself.
 */
final class MostFrequentTag {

  private final Map<String, String> byForm = new HashMap<>();
  private final Map<String, String> byLower = new HashMap<>();
  private final String commonest;

  MostFrequentTag(List<ConllU.Sentence> training) {
    Map<String, Map<String, Integer>> form = new TreeMap<>();
    Map<String, Map<String, Integer>> lower = new TreeMap<>();
    Map<String, Integer> all = new TreeMap<>();
    for (ConllU.Sentence s : training) {
      for (ConllU.Token t : s.tokens()) {
        String tag = t.upos() + " " + t.xpos();
        form.computeIfAbsent(t.form(), k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
        lower.computeIfAbsent(t.form().toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
        all.merge(tag, 1, Integer::sum);
      }
    }
    form.forEach((w, tags) -> byForm.put(w, best(tags)));
    lower.forEach((w, tags) -> byLower.put(w, best(tags)));
    commonest = all.isEmpty() ? "NOUN NN" : best(all);
  }

  private static String best(Map<String, Integer> tags) {
    String best = null;
    for (Map.Entry<String, Integer> e : tags.entrySet()) {
      if (best == null || e.getValue() > tags.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  List<PosTagger.TaggedWord> tag(List<String> words) {
    return words.stream().map(w -> {
      String tag = byForm.getOrDefault(w, byLower.getOrDefault(w.toLowerCase(Locale.ROOT), commonest));
      String[] pair = tag.split(" ", 2);
      return new PosTagger.TaggedWord(w, pair[0], pair[1], w);
    }).toList();
  }
}
