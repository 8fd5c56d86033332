package io.newsdesk.core.model;

import java.util.List;

/**
 * A source that an event's articles credit ("according to Reuters", "AFP reports"), with the passages they
 * credit to it: the agencies and outlets an event's story rests on.
 */
public record SourceCredit(String source, List<Passage> passages) {
  public SourceCredit {
    passages = List.copyOf(passages);
  }

  /** Ids of the articles that credit this source, in order of first appearance. */
  public List<String> articles() {
    return passages.stream().map(Passage::articleId).distinct().toList();
  }
}
