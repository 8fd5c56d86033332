package io.newsdesk.core.text;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** How many documents of a collection hold each term; gives smoothed inverse document frequencies. */
public final class DocumentFrequencies implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, Integer> counts = new HashMap<>();
  private int documents;

  public DocumentFrequencies() {}

  /**
   * Frequencies counted elsewhere: a distributed run counts each term once per document in every partition and
   * adds the counts up.
   *
   * @param counts    how many documents hold each term
   * @param documents how many documents were counted
   */
  public static DocumentFrequencies of(Map<String, Integer> counts, int documents) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must not be negative: " + documents);
    }
    DocumentFrequencies df = new DocumentFrequencies();
    df.counts.putAll(counts);
    df.documents = documents;
    return df;
  }

  /** Counts one document given by its terms (repeats within it count once). */
  public void add(Collection<String> terms) {
    documents++;
    for (String t : new HashSet<>(terms)) {
      counts.merge(t, 1, Integer::sum);
    }
  }

  public int documents() {
    return documents;
  }

  public int frequency(String term) {
    return counts.getOrDefault(term, 0);
  }

  /** Smoothed idf, ln((1 + N) / (1 + df)) + 1: positive even for terms in every document. */
  public double idf(String term) {
    return Math.log((1.0 + documents) / (1.0 + frequency(term))) + 1;
  }

  /** The TF-IDF vector of a document's terms, with sublinear term frequency. */
  public TermVector vector(Collection<String> terms) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : terms) {
      tf.merge(t, 1, Integer::sum);
    }
    Map<String, Double> w = new HashMap<>(tf.size() * 2);
    tf.forEach((t, c) -> w.put(t, (1 + Math.log(c)) * idf(t)));
    return TermVector.of(w);
  }
}
