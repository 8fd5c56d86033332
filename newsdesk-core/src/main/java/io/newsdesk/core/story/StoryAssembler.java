package io.newsdesk.core.story;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Makes a {@link Story} of linked events: its id, title, dates, main names and timeline. */
final class StoryAssembler {

  /** Main entities and places listed per story. */
  static final int MAIN_NAMES = 5;

  /** Newest first by last event; undated stories last; ties by id. */
  static final Comparator<Story> NEWEST_FIRST = Comparator
      .comparing(Story::end, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(Story::start, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(Story::id);

  private StoryAssembler() {}

  /** @param linked the story's events in the order they arrived, the first one first */
  static Story assemble(List<Event> linked) {
    List<Event> events = new ArrayList<>(linked);
    String id = storyId(events.get(0));
    Event main = events.stream().max(Comparator.comparingInt((Event e) -> e.articles().size())
        .thenComparing(e -> -events.indexOf(e))).orElseThrow();
    events.sort(Comparator.comparing(StoryAssembler::date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparing(Event::id));
    Instant start = events.stream().map(StoryAssembler::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(null);
    Instant end = events.stream().map(e -> e.end() != null ? e.end() : date(e)).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    List<Story.Line> timeline = events.stream()
        .map(e -> new Story.Line(e.id(), date(e), e.headline(), e.articles().size())).toList();
    return new Story(id, main.headline(), start, end, events.stream().map(Event::id).toList(),
        mainNames(events, false), mainNames(events, true), timeline);
  }

  /**
   * Named after the first event's id ("ev-7a1ab17acccf" gives "st-7a1ab17acccf"), itself named after its first
   * article: the id stays while later events join.
   */
  static String storyId(Event first) {
    String id = first.id();
    return "st-" + (id.startsWith("ev-") ? id.substring(3) : id);
  }

  /** When an event began: its own date, else its first article's publication. */
  static Instant date(Event e) {
    if (e.start() != null) {
      return e.start();
    }
    return e.articles().stream().map(Article::published).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** The names (places, or the others) that most events name, then the most mentioned. */
  private static List<String> mainNames(List<Event> events, boolean places) {
    Map<String, int[]> counts = new HashMap<>(); // key: events naming it, mentions
    Map<String, String> spelling = new LinkedHashMap<>();
    for (Event e : events) {
      for (Entity en : e.entities()) {
        if ((en.type() == EntityType.PLACE) != places) {
          continue;
        }
        String key = en.name().toLowerCase(java.util.Locale.ROOT);
        spelling.putIfAbsent(key, en.name());
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        c[1] += en.mentions();
      }
    }
    return counts.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> x) -> -x.getValue()[0])
            .thenComparingInt(x -> -x.getValue()[1]).thenComparing(Map.Entry::getKey))
        .limit(MAIN_NAMES).map(x -> spelling.get(x.getKey())).toList();
  }
}
