package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import java.util.List;

/**
 * An article that matches a search, with the passages that match, and the event it belongs to.
 *
 * @param eventId  the article's event, or null while the store has not placed it yet
 * @param snippets the best passages, in text order
 */
public record SearchHit(Article article, String eventId, List<Snippet> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }

  /** A passage of an article's text with the spans that match the search; offsets are within {@code text}. */
  public record Snippet(String text, List<Mark> marks) {
    public Snippet {
      marks = List.copyOf(marks);
    }
  }

  /** A matching span: characters {@code start} (inclusive) to {@code end} (exclusive). */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad mark: start=" + start + ", end=" + end);
      }
    }
  }
}
