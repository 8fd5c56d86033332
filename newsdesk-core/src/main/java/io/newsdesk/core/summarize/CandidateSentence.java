package io.newsdesk.core.summarize;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Terms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence a summary or timeline may quote: the article it is in, its text as it would stand alone, its facets
 * and its length in words.
 */
record CandidateSentence(Document doc, Sentence sentence, String text, Set<String> facets, int words) {

  CandidateSentence {
    // in the text's order: a sentence's gain is a sum over its facets, and Set.copyOf's order changes from one
    // run to the next, which made near-equal sentences win in turn
    facets = Collections.unmodifiableSet(new LinkedHashSet<>(facets));
  }

  static CandidateSentence of(Document doc, Sentence sentence, String text) {
    return new CandidateSentence(doc, sentence, text, EventFacets.of(text), Terms.words(text).size());
  }

  /** Every sentence of the documents that can stand alone; one copied by several articles once, from the first. */
  static List<CandidateSentence> all(List<Document> docs) {
    List<CandidateSentence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Document d : docs.stream().sorted(Document.IN_TIME_ORDER).toList()) {
      for (Sentence s : d.sentences()) {
        Optional<String> text = StandaloneSentences.standalone(s.text());
        if (text.isPresent() && seen.add(text.get())) {
          out.add(of(d, s, text.get()));
        }
      }
    }
    return out;
  }
}
