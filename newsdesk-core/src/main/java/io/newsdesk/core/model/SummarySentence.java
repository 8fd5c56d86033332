package io.newsdesk.core.model;

import java.util.List;

/**
 * A sentence of an event summary and the articles that support it.
 *
 * @param sources ids of the supporting articles: the one it was taken from first, then those reporting the same
 */
public record SummarySentence(String text, List<String> sources) {
  public SummarySentence {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence must cite at least one article: " + text);
    }
    sources = List.copyOf(sources);
  }
}
