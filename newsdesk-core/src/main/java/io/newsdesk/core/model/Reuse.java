package io.newsdesk.core.model;

import java.util.List;

/**
 * A passage that several articles share, copied from one another or from a wire service.
 *
 * @param text     the passage as the first article has it
 * @param sources  ids of every article that carries it
 * @param first    id of the article that had it first
 * @param passages where it sits in each article
 * @param credited the source that a copy credits for it ("According to Reuters: ..."), or null
 */
public record Reuse(String text, List<String> sources, String first, List<Passage> passages, String credited) {
  public Reuse {
    sources = List.copyOf(sources);
    passages = List.copyOf(passages);
  }
}
