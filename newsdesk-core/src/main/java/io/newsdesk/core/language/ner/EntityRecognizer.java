package io.newsdesk.core.language.ner;

import java.util.List;

/** Finds the names in one tokenised sentence. */
public interface EntityRecognizer {

  /** The typed names of {@code tokens}, in order, none overlapping. */
  List<EntitySpan> recognize(List<String> tokens);
}
