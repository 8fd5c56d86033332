package io.newsdesk.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A real-world event: the articles that report it and what newsdesk made of them. Articles in time order.
 *
 * @param timeline      one entry a day when the event spans several days, else empty
 * @param currentEvents the event in one line, or null where none was written
 * @param kind          its category, section and action, or null where the pipeline gave it none
 */
public record Event(String id, String headline, Instant start, Instant end, List<Article> articles,
                    List<SummarySentence> summary, List<Entity> entities, List<Figure> figures,
                    List<Quote> quotes, List<Reuse> reuse, List<Conflict> conflicts, List<SourceCredit> credits,
                    List<Reprint> reprints, SourceComparison comparison, List<TimelineEntry> timeline,
                    CurrentEventsEntry currentEvents, FiveWs fiveWs, EventKind kind) {

  /** An event not yet classified: what the assembler builds, before the digest gives each event its kind. */
  public Event(String id, String headline, Instant start, Instant end, List<Article> articles,
               List<SummarySentence> summary, List<Entity> entities, List<Figure> figures, List<Quote> quotes,
               List<Reuse> reuse, List<Conflict> conflicts, List<SourceCredit> credits, List<Reprint> reprints,
               SourceComparison comparison, List<TimelineEntry> timeline, CurrentEventsEntry currentEvents,
               FiveWs fiveWs) {
    this(id, headline, start, end, articles, summary, entities, figures, quotes, reuse, conflicts, credits, reprints,
        comparison, timeline, currentEvents, fiveWs, null);
  }

  /** An event without a comparison of its sources, a timeline or a current-events line. */
  public Event(String id, String headline, Instant start, Instant end, List<Article> articles,
               List<SummarySentence> summary, List<Entity> entities, List<Figure> figures, List<Quote> quotes,
               List<Reuse> reuse, List<Conflict> conflicts, List<SourceCredit> credits, List<Reprint> reprints) {
    this(id, headline, start, end, articles, summary, entities, figures, quotes, reuse, conflicts, credits, reprints,
        SourceComparison.NONE, List.of(), null, null, null);
  }

  public Event {
    articles = List.copyOf(articles);
    summary = List.copyOf(summary);
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    reuse = List.copyOf(reuse);
    conflicts = List.copyOf(conflicts);
    credits = List.copyOf(credits);
    reprints = List.copyOf(reprints);
    comparison = comparison == null ? SourceComparison.NONE : comparison;
    timeline = List.copyOf(timeline);
  }

  /** The same event under another id: a store keeps an event's id when later articles change its first one. */
  public Event withId(String newId) {
    return new Event(newId, headline, start, end, articles, summary, entities, figures, quotes, reuse, conflicts,
        credits, reprints, comparison, timeline, currentEvents, fiveWs, kind);
  }

  /** The same event with its kind. */
  public Event withKind(EventKind newKind) {
    return new Event(id, headline, start, end, articles, summary, entities, figures, quotes, reuse, conflicts,
        credits, reprints, comparison, timeline, currentEvents, fiveWs, newKind);
  }
}
