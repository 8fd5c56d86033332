package io.newsdesk.core.language.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The types the recogniser gave to capitalised words earlier in one document, read as a feature by later
 * sentences: "Mr Okafor said" types Okafor, and a later "Okafor" alone at a sentence start keeps that type. One
 * per document, filled in reading order; never shared between documents.
 */
final class DocumentMemory {

  private final Map<String, Integer> types = new HashMap<>();

  /** The types (a bit per {@link EntityType}) {@code word} got so far, 0 when none or not capitalised. */
  int typesOf(String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return 0;
    }
    Integer t = types.get(word);
    return t == null ? 0 : t;
  }

  /** Remembers the capitalised words of the names found in one sentence. */
  void remember(List<String> words, List<EntitySpan> spans) {
    for (EntitySpan span : spans) {
      for (int i = span.start(); i < span.end(); i++) {
        String w = words.get(i);
        if (Character.isUpperCase(w.charAt(0))) {
          types.merge(w, 1 << span.type().ordinal(), (a, b) -> a | b);
        }
      }
    }
  }
}
