package io.newsdesk.core.facts;

import java.util.List;

/** Finds the names of places in a text. */
public interface ToponymRecognizer {

  /** The place names of {@code text}, in text order, none overlapping. */
  List<Toponym> find(String text);
}
