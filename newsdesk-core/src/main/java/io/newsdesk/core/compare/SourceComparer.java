package io.newsdesk.core.compare;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.model.SummarySentence;
import java.util.List;

/** Compares what an event's outlets say: where they agree, where they part, and how they word it. */
public interface SourceComparer {
  SourceComparison compare(List<Document> event, EventFacts facts, List<SummarySentence> summary);
}
