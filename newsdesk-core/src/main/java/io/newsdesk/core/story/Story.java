package io.newsdesk.core.story;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story: the events that follow one happening or subject over weeks and months (an offensive, a breach, a
 * series of missile tests), each event in exactly one story.
 *
 * @param id       lasting id, named after the story's first event, so that it stays as later events join
 * @param title    the headline of its most reported event (the earliest of those tied)
 * @param start    when its first event began, or null where none is dated
 * @param end      when its last event ended, or null where none is dated
 * @param events   ids of its events, in time order
 * @param entities the people, organisations and other names most of its events name, most named first
 * @param places   the places most of its events name, most named first
 * @param timeline one line per event, in time order
 */
public record Story(String id, String title, Instant start, Instant end, List<String> events, List<String> entities,
                    List<String> places, List<Line> timeline) {

  public Story {
    events = List.copyOf(events);
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    timeline = List.copyOf(timeline);
  }

  /** The id of each event's story, by the event's id: every event of {@code stories} is in one. */
  public static Map<String, String> byEvent(List<Story> stories) {
    Map<String, String> storyOf = new HashMap<>();
    stories.forEach(s -> s.events().forEach(e -> storyOf.put(e, s.id())));
    return storyOf;
  }

  /**
   * One event on a story's timeline.
   *
   * @param date     when it began (its first article's publication where it has no date of its own), or null
   * @param articles how many articles report it
   */
  public record Line(String event, Instant date, String headline, int articles) {}
}
