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

  /**
   * Java serialization writes a document as {@link Shipped}: a distributed run ships documents between machines,
   * and one object per term and sentence made reading them back slower than analysing the article again.
   */
  private Object writeReplace() {
    return Shipped.of(this);
  }

  /**
   * A document as a few objects: sentences as offsets into the text, with a text of their own only where it is
   * not that part of the article's text, and the terms joined into one string.
   */
  private record Shipped(Article article, int[] sentenceBounds, String[] sentenceTexts, String joinedTerms,
                         String[] terms) implements Serializable {

    private static final char TERM_SEPARATOR = '\u0000';

    static Shipped of(Document d) {
      int n = d.sentences.size();
      int[] bounds = new int[3 * n];
      String[] texts = new String[n];
      String text = d.article.text();
      for (int i = 0; i < n; i++) {
        Sentence s = d.sentences.get(i);
        bounds[3 * i] = s.index();
        bounds[3 * i + 1] = s.start();
        bounds[3 * i + 2] = s.end();
        boolean within = s.end() <= text.length() && text.regionMatches(s.start(), s.text(), 0, s.text().length())
            && s.text().length() == s.end() - s.start();
        texts[i] = within ? null : s.text();
      }
      boolean joinable = d.terms.stream().noneMatch(t -> t.indexOf(TERM_SEPARATOR) >= 0)
          && !(d.terms.size() == 1 && d.terms.get(0).isEmpty()); // one empty term would read back as none
      return joinable
          ? new Shipped(d.article, bounds, texts, String.join(String.valueOf(TERM_SEPARATOR), d.terms), null)
          : new Shipped(d.article, bounds, texts, null, d.terms.toArray(new String[0]));
    }

    private Object readResolve() {
      List<Sentence> sentences = new java.util.ArrayList<>(sentenceTexts.length);
      for (int i = 0; i < sentenceTexts.length; i++) {
        int start = sentenceBounds[3 * i + 1];
        int end = sentenceBounds[3 * i + 2];
        String own = sentenceTexts[i];
        sentences.add(new Sentence(sentenceBounds[3 * i], start, end,
            own != null ? own : article.text().substring(start, end)));
      }
      List<String> termList = terms != null ? List.of(terms)
          : joinedTerms.isEmpty() ? List.of() : List.of(joinedTerms.split(String.valueOf(TERM_SEPARATOR), -1));
      return new Document(article, sentences, termList);
    }
  }
}
