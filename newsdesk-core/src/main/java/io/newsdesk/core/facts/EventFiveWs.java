package io.newsdesk.core.facts;

import io.newsdesk.core.language.ClauseReader;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The five Ws and the H of an event: those of the article that reports the event's headline action, the one
 * whose title or lead sentence says most of what the headline says, who and what read from that sentence: the
 * event's story, not merely its first article's lead.
 */
public final class EventFiveWs {

  /** Lead sentences compared with the headline, after the title (set by hand, as the headline writer reads two). */
  private static final int LEAD_SENTENCES = 2;

  private final LeadFiveWExtractor extractor;

  public EventFiveWs(WorldGazetteer gazetteer) {
    this(gazetteer, null);
  }

  /** Subjects and verbs read by {@code clauses} (null: by word-shape rules). */
  public EventFiveWs(WorldGazetteer gazetteer, ClauseReader clauses) {
    this.extractor = new LeadFiveWExtractor(gazetteer, clauses);
  }

  /**
   * The answers of the article whose title or lead sentence best matches {@code headline} (a lead sentence over a
   * title, then earlier articles, among equals), who and what read from that sentence; where no article's
   * sentence matches a word of it, those of the event's first article.
   */
  public FiveWs of(List<Document> event, String headline) {
    Set<String> wanted = new HashSet<>(Terms.terms(headline == null ? "" : headline));
    Document source = null;
    int sentence = Integer.MIN_VALUE;
    double best = 0;
    for (Document d : event.stream().sorted(Document.IN_TIME_ORDER).toList()) {
      for (Sentence s : d.sentences()) {
        if (s.index() >= LEAD_SENTENCES) {
          break;
        }
        double share = share(s.text(), wanted);
        if (share > best) {
          source = d;
          sentence = s.index();
          best = share;
        }
      }
      double share = d.article().title() == null ? 0 : share(d.article().title(), wanted);
      if (share > best) {
        source = d;
        sentence = -1;
        best = share;
      }
    }
    if (source == null) {
      return event.isEmpty() ? null : extractor.extract(event.stream().min(Document.IN_TIME_ORDER).orElseThrow());
    }
    return extractor.extract(source, sentence);
  }

  private static double share(String text, Set<String> headline) {
    Set<String> terms = new HashSet<>(Terms.terms(text));
    return (double) headline.stream().filter(terms::contains).count() / headline.size();
  }
}
