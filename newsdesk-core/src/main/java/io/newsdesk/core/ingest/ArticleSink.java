package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;

/** Where a reader puts what it read: articles, and problems for records it had to skip. */
public interface ArticleSink {
  void article(Article article);

  void problem(Problem problem);
}
