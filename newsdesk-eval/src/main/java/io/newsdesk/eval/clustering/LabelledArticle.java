package io.newsdesk.eval.clustering;

import io.newsdesk.core.model.Article;
import io.newsdesk.eval.Split;

/** An article, the event a dataset says it reports, and the part of the split its unit (topic, event) falls in. */
record LabelledArticle(Article article, String event, Split.Part part) {}
