package io.newsdesk.core.summarize;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import java.util.List;

/** Writes a headline and a short summary of an event in which every sentence cites its articles. */
public interface Summarizer {
  EventSummary summarize(List<Document> event, EventFacts facts);
}
