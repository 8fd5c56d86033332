package io.newsdesk.core.summarize;

import io.newsdesk.core.model.SummarySentence;
import java.util.List;

/** A headline and a cited summary of one event. */
public record EventSummary(String headline, List<SummarySentence> sentences) {
  public EventSummary {
    sentences = List.copyOf(sentences);
  }
}
