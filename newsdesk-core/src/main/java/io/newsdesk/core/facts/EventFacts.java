package io.newsdesk.core.facts;

import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Quote;
import java.util.List;

/**
 * The facts of one event, merged across its articles.
 *
 * @param fiveWs who did what, when, where, why and how, as the event's first full report tells it; null when
 *               not extracted
 */
public record EventFacts(List<Entity> entities, List<Figure> figures, List<Quote> quotes, List<Conflict> conflicts,
                         FiveWs fiveWs) {

  public EventFacts(List<Entity> entities, List<Figure> figures, List<Quote> quotes, List<Conflict> conflicts) {
    this(entities, figures, quotes, conflicts, null);
  }

  public EventFacts {
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    conflicts = List.copyOf(conflicts);
  }
}
