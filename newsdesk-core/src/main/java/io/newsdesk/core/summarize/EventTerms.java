package io.newsdesk.core.summarize;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import io.newsdesk.core.text.Terms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an event is about, as term weights: a term weighs more the more of the event's articles use it and
 * the rarer it is in the whole collection. Sentences and headlines are scored against these weights.
 */
final class EventTerms {

  private final Map<String, Double> weights = new HashMap<>();
  private final DocumentFrequencies collection;

  EventTerms(List<Document> event, DocumentFrequencies collection) {
    this.collection = collection;
    Map<String, Integer> support = new HashMap<>();
    for (Document d : event) {
      for (String t : new HashSet<>(d.terms())) {
        support.merge(t, 1, Integer::sum);
      }
    }
    double n = event.size();
    support.forEach((t, s) -> weights.put(t, (s / n) * (s > 1 || n == 1 ? 1.0 : 0.5) * collection.idf(t)));
  }

  double weight(String term) {
    return weights.getOrDefault(term, 0.0);
  }

  /** Sum of the weights of the distinct terms of a text. */
  double coverage(String text) {
    double sum = 0;
    Set<String> seen = new HashSet<>();
    for (String t : Terms.terms(text)) {
      if (seen.add(t)) {
        sum += weight(t);
      }
    }
    return sum;
  }

  /** TF-IDF vector of a sentence against the collection, for similarity between sentences. */
  TermVector vector(String text) {
    return collection.vector(Terms.terms(text));
  }
}
