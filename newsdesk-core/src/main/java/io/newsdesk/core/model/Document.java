package io.newsdesk.core.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An article made ready for the later stages: its sentences, and its index terms in order (title first).
 * Built once by the analysis step so that no stage splits or tokenises the same text again.
 */
public record Document(Article article, List<Sentence> sentences, List<String> terms) implements Serializable {

  /** By publication time, undated documents last; ties by id, so that file order never matters. */
  public static final Comparator<Document> IN_TIME_ORDER = Comparator.comparing((Document d) -> d.article().published(),
      Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(Document::id);

  public Document {
    sentences = List.copyOf(sentences);
    terms = List.copyOf(terms);
  }

  public String id() {
    return article.id();
  }
}
