package io.newsdesk.core.summarize;

import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.model.TimelineEntry;
import java.util.List;

/** A headline and a cited summary of one event, and its timeline when it spans several days. */
public record EventSummary(String headline, List<SummarySentence> sentences, List<TimelineEntry> timeline) {
  public EventSummary {
    sentences = List.copyOf(sentences);
    timeline = List.copyOf(timeline);
  }

  public EventSummary(String headline, List<SummarySentence> sentences) {
    this(headline, sentences, List.of());
  }
}
