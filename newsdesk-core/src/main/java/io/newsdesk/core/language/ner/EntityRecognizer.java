package io.newsdesk.core.language.ner;

import java.util.ArrayList;
import java.util.List;

/** Finds the names in one tokenised sentence. */
public interface EntityRecognizer {

  /** The typed names of {@code tokens}, in order, none overlapping. */
  List<EntitySpan> recognize(List<String> tokens);

  /**
   * The names of each sentence of one document, in order. A recogniser may read what earlier sentences said (a name
   * typed once keeps its type); by default each sentence is read alone.
   */
  default List<List<EntitySpan>> recognizeDocument(List<List<String>> sentences) {
    List<List<EntitySpan>> out = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      out.add(recognize(s));
    }
    return out;
  }
}
