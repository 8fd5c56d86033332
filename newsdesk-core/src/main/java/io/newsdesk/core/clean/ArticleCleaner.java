package io.newsdesk.core.clean;

import io.newsdesk.core.model.Article;

/** Removes what is not the article's own text. Returns a new article; never mutates its input. */
public interface ArticleCleaner {
  Article clean(Article article);
}
