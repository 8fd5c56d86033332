package io.newsdesk.eval.clustering;

import io.newsdesk.core.model.Article;

/** An article and the event a dataset says it reports. */
record LabelledArticle(Article article, String event) {}
