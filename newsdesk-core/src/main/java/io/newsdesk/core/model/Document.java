package io.newsdesk.core.model;

import java.util.List;

/**
 * An article made ready for the later stages: its sentences, and its index terms in order (title first).
 * Built once by the analysis step so that no stage splits or tokenises the same text again.
 */
public record Document(Article article, List<Sentence> sentences, List<String> terms) {
  public Document {
    sentences = List.copyOf(sentences);
    terms = List.copyOf(terms);
  }

  public String id() {
    return article.id();
  }
}
