package io.newsdesk.eval.summary;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the baselines share: they take sentences in their order of preference while the summary stays within the
 * same limits as newsdesk's, list them in time order, and cite only the article each came from.
 */
final class BaselineBudget {

  /** A sentence and the article it is in. */
  record Pick(Document doc, Sentence sentence) {}

  private final int maxSentences;
  private final int maxWords;

  BaselineBudget(int maxSentences, int maxWords) {
    if (maxSentences < 1 || maxWords < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxSentences + " sentences, " + maxWords
          + " words");
    }
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  EventSummary fill(List<Document> event, List<Pick> preferred) {
    List<Pick> chosen = new ArrayList<>();
    int words = 0;
    for (Pick p : preferred) {
      int n = Terms.words(p.sentence().text()).size();
      if (chosen.size() < maxSentences && words + n <= maxWords) {
        chosen.add(p);
        words += n;
      }
    }
    chosen.sort(Comparator.comparing(Pick::doc, Document.IN_TIME_ORDER)
        .thenComparingInt(p -> p.sentence().index()));
    List<SummarySentence> out = chosen.stream()
        .map(p -> new SummarySentence(p.sentence().text(), List.of(p.doc().id()))).toList();
    String headline = event.isEmpty() || event.get(0).article().title() == null ? "" : event.get(0).article().title();
    return new EventSummary(headline, out);
  }
}
