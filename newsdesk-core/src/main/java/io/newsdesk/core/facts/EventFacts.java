package io.newsdesk.core.facts;

import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.Quote;
import java.util.List;

/**
 * The facts of one event, merged across its articles. Its five Ws come later, from the headline's action
 * ({@link FactExtractor#fiveWs}).
 */
public record EventFacts(List<Entity> entities, List<Figure> figures, List<Quote> quotes, List<Conflict> conflicts) {

  public EventFacts {
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    conflicts = List.copyOf(conflicts);
  }
}
