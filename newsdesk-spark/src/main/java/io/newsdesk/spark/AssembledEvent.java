package io.newsdesk.spark;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An event as the job writes it, in the order {@code events.json} lists events: the columns of the Parquet output, and the event's whole JSON object, the
 * one {@code events.json} holds, for the JSON-lines output.
 */
public record AssembledEvent(String id, String headline, Instant start, Instant end, List<String> articleIds,
                             String json) implements Serializable, Comparable<AssembledEvent> {

  /** The order of {@code Digest.NEWEST_FIRST}, over what this record keeps of an event. */
  static final Comparator<AssembledEvent> NEWEST_FIRST = Comparator
      .comparing(AssembledEvent::end, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(AssembledEvent::start, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(AssembledEvent::id);

  public AssembledEvent {
    articleIds = List.copyOf(articleIds);
  }

  static AssembledEvent of(Event e, String json) {
    return new AssembledEvent(e.id(), e.headline(), e.start(), e.end(),
        e.articles().stream().map(Article::id).toList(), json);
  }

  /** The same event written as {@code newJson}. */
  AssembledEvent withJson(String newJson) {
    return new AssembledEvent(id, headline, start, end, articleIds, newJson);
  }

  /** Newest first, as events.json lists events. */
  @Override
  public int compareTo(AssembledEvent other) {
    return NEWEST_FIRST.compare(this, other);
  }
}
