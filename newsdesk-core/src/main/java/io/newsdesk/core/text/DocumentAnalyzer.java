package io.newsdesk.core.text;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Splits an article into sentences and index terms, once, for every later stage. */
public final class DocumentAnalyzer {

  private final SentenceSplitter splitter = new SentenceSplitter();

  public Document analyze(Article article) {
    List<Sentence> sentences = splitter.split(article.text());
    List<String> terms = new ArrayList<>();
    if (article.title() != null) {
      terms.addAll(Terms.terms(article.title()));
    }
    terms.addAll(Terms.terms(article.text()));
    return new Document(article, sentences, terms);
  }
}
