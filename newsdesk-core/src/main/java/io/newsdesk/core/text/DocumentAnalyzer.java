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
    // names say which event more surely than other words: a name inside a sentence counts once more
    for (Sentence s : sentences) {
      List<String> words = Terms.words(s.text());
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        if (Character.isUpperCase(w.charAt(0)) && !Terms.isAllCapitals(w, 2)) {
          String t = Terms.term(w);
          if (t != null) {
            terms.add(t);
          }
        }
      }
    }
    return new Document(article, sentences, terms);
  }
}
