package io.newsdesk.eval.summary;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.summarize.Summarizer;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import io.newsdesk.core.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The centroid baseline (Radev et al., 2004, without its position and redundancy features): the sentences whose
 * TF-IDF vectors lie closest to the event's centroid, the mean of its articles' vectors, as long as they fit.
 */
final class CentroidBaseline implements Summarizer {

  private final DocumentFrequencies collection;
  private final BaselineBudget budget;

  CentroidBaseline(DocumentFrequencies collection, int maxSentences, int maxWords) {
    this.collection = collection;
    this.budget = new BaselineBudget(maxSentences, maxWords);
  }

  @Override
  public EventSummary summarize(List<Document> event, EventFacts facts) {
    Map<String, Double> sum = new HashMap<>();
    for (Document d : event) {
      collection.vector(d.terms()).weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
    }
    TermVector centroid = TermVector.of(sum);
    List<BaselineBudget.Pick> picks = new ArrayList<>();
    Map<BaselineBudget.Pick, Double> score = new HashMap<>();
    for (Document d : event) {
      for (Sentence s : d.sentences()) {
        BaselineBudget.Pick p = new BaselineBudget.Pick(d, s);
        picks.add(p);
        score.put(p, centroid.cosine(collection.vector(Terms.terms(s.text()))));
      }
    }
    picks.sort(Comparator.comparingDouble((BaselineBudget.Pick p) -> -score.get(p)));
    return budget.fill(event, picks);
  }
}
