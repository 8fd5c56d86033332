package io.newsdesk.core.model;

import java.io.Serializable;

/**
 * A sentence of an article, with its character offsets in the article's text.
 *
 * @param index position of the sentence in its article, from 0
 */
public record Sentence(int index, int start, int end, String text) implements Serializable {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence offsets: start=" + start + ", end=" + end);
    }
  }
}
