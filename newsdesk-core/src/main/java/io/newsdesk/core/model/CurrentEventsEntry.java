package io.newsdesk.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An event in one line, as an encyclopaedia's current-events page lists it: date, place, actors, action and the
 * sources linked.
 *
 * @param date    the day it happened, or null when undated
 * @param places  the main places, most named first
 * @param actors  the main people and organisations, most named first
 * @param action  what happened, in headline form
 * @param sources the outlets that report it, one link each
 */
public record CurrentEventsEntry(LocalDate date, List<String> places, List<String> actors, String action,
                                 List<SourceLink> sources) {
  public CurrentEventsEntry {
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  /** An outlet's article: its name as shown, the article id, and its address (null where unknown). */
  public record SourceLink(String outlet, String article, String url) {}

  /** "2018-07-06 – Syria, Jordan – Syrian army captures ... (Al Jazeera, Reuters)". */
  public String line() {
    StringBuilder b = new StringBuilder();
    b.append(date == null ? "undated" : date.toString()).append(" – ");
    if (!places.isEmpty()) {
      b.append(String.join(", ", places)).append(" – ");
    }
    b.append(action);
    if (!actors.isEmpty()) {
      b.append(" [").append(String.join(", ", actors)).append("]");
    }
    b.append(" (").append(String.join(", ", sources.stream().map(SourceLink::outlet).toList())).append(")");
    return b.toString();
  }
}
