package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import java.util.List;

/** Extracts and merges the facts of one event from its documents. */
public interface FactExtractor {
  EventFacts extract(List<Document> event);
}
