package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;

/** Where a reader puts what it read: articles, and problems for records it had to skip. */
public interface ArticleSink {
  void article(Article article);

  void problem(Problem problem);

  /**
   * A record passed over on purpose, not for being bad: a WARC request record, an image. Only counted.
   *
   * @param what the kind of record, such as "WARC request record" or "non-HTML payload (image/png)"
   */
  default void skipped(String what) {
    // Counting is optional: sinks that only want articles and problems ignore this.
  }

  /** False when an article at this address is not wanted, so that a reader need not extract it. */
  default boolean wants(String url) {
    return true;
  }
}
