package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An event as a list shows it: kept beside the event in the store, so that a list never reads whole events.
 *
 * @param articles how many articles report it
 * @param outlets  the outlets that report it, in order of first report
 * @param lead     the first summary sentence, or null
 * @param category its category (a Current Events portal section), or null where it has none
 * @param section  the coarse section its category falls under, or null
 * @param story    the id of the story it is part of, or null where none is known
 */
public record EventSummary(String id, String headline, Instant start, Instant end, int articles,
                           List<String> outlets, String lead, String category, String section, String story) {
  public EventSummary {
    outlets = List.copyOf(outlets);
  }

  /** A summary of an event in no known story. */
  public EventSummary(String id, String headline, Instant start, Instant end, int articles, List<String> outlets,
                      String lead, String category, String section) {
    this(id, headline, start, end, articles, outlets, lead, category, section, null);
  }

  /** A summary of an event with no kind. */
  public EventSummary(String id, String headline, Instant start, Instant end, int articles, List<String> outlets,
                      String lead) {
    this(id, headline, start, end, articles, outlets, lead, null, null);
  }

  public static EventSummary of(Event e) {
    return of(e, null);
  }

  /** @param story the id of the event's story, or null */
  public static EventSummary of(Event e, String story) {
    return new EventSummary(e.id(), e.headline(), e.start(), e.end(), e.articles().size(),
        e.articles().stream().map(Article::outlet).filter(Objects::nonNull).distinct().toList(),
        e.summary().isEmpty() ? null : e.summary().get(0).text(),
        e.kind() == null ? null : e.kind().category(), e.kind() == null ? null : e.kind().section(), story);
  }
}
