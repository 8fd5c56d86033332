package io.newsdesk.eval.summary;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.summarize.Summarizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead baseline of multi-document summarisation: the first sentence of each article, earliest article first,
 * then the second sentences, and so on, as long as they fit.
 */
final class LeadBaseline implements Summarizer {

  private final BaselineBudget budget;

  LeadBaseline(int maxSentences, int maxWords) {
    this.budget = new BaselineBudget(maxSentences, maxWords);
  }

  @Override
  public EventSummary summarize(List<Document> event, EventFacts facts) {
    List<Document> inOrder = event.stream().sorted(Document.IN_TIME_ORDER).toList();
    int longest = inOrder.stream().mapToInt(d -> d.sentences().size()).max().orElse(0);
    List<BaselineBudget.Pick> preferred = new ArrayList<>();
    for (int i = 0; i < longest; i++) {
      for (Document d : inOrder) {
        if (i < d.sentences().size()) {
          preferred.add(new BaselineBudget.Pick(d, d.sentences().get(i)));
        }
      }
    }
    return budget.fill(event, preferred);
  }
}
