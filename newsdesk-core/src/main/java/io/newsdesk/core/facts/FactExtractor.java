package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs;
import java.util.List;

/** Extracts and merges the facts of one event from its documents. */
public interface FactExtractor {
  EventFacts extract(List<Document> event);

  /**
   * Who did what, when, where, why and how in the event whose headline is {@code headline}: read once the
   * headline is written, as the action it names is the event's; null when this extractor answers none.
   */
  default FiveWs fiveWs(List<Document> event, String headline) {
    return null;
  }
}
