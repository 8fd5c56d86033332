package io.newsdesk.core.story;

import io.newsdesk.core.text.Spellings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  static Story assemble(List<EventOutline> linked) {
    List<EventOutline> events = new ArrayList<>(linked);
    String id = storyId(events.get(0).id());
    EventOutline main = events.stream().max(Comparator.comparingInt(EventOutline::articles)
        .thenComparing(e -> -events.indexOf(e))).orElseThrow();
    events.sort(Comparator.comparing(EventOutline::date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparing(EventOutline::id));
    Instant start = events.stream().map(EventOutline::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(null);
    Instant end = events.stream().map(e -> e.end() != null ? e.end() : e.date()).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    List<Story.Line> timeline = events.stream()
        .map(e -> new Story.Line(e.id(), e.date(), e.headline(), e.articles())).toList();
    return new Story(id, main.headline(), start, end, events.stream().map(EventOutline::id).toList(),
        mainNames(events, false), mainNames(events, true), timeline);
  }

  /**
   * Named after the first event's id ("ev-7a1ab17acccf" gives "st-7a1ab17acccf"), itself named after its first
   * article: the id stays while later events join.
   */
  static String storyId(String firstEvent) {
    return "st-" + (firstEvent.startsWith("ev-") ? firstEvent.substring(3) : firstEvent);
  }

  /**
   * The names (places, or the others) that most events name, then the most mentioned; the spellings of one name
   * count as one ("Misrata" in one event, "Misurata" in the next), shown as first written.
   */
  private static List<String> mainNames(List<EventOutline> events, boolean places) {
    Map<String, int[]> counts = new HashMap<>(); // key: events naming it, mentions
    Map<String, String> spelling = new LinkedHashMap<>();
    // the names seen, by the key every spelling of a name shares (Spellings.sharedKey), so that each is compared
    // only with those that may be spellings of it
    Map<String, List<String>> bySharedKey = new HashMap<>();
    for (EventOutline e : events) {
      for (EventOutline.Name en : e.names()) {
        if (en.place() != places) {
          continue;
        }
        String key = spellingKey(en.name(), bySharedKey);
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

  /** The key of the first name seen that {@code name} is a spelling of, or its own, lower-cased. */
  private static String spellingKey(String name, Map<String, List<String>> bySharedKey) {
    List<String> seen = bySharedKey.computeIfAbsent(Spellings.sharedKey(Spellings.folded(name)),
        k -> new ArrayList<>());
    for (String other : seen) {
      if (Spellings.sameSpelling(other, name)) {
        return other.toLowerCase(Locale.ROOT);
      }
    }
    seen.add(name);
    return name.toLowerCase(Locale.ROOT);
  }
}
