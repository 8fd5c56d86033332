package io.newsdesk.server.pages;

import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.story.Story;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One story's page ({@code story.jte}): its title and dates, a timeline of its events (each linking to its page),
 * a map of the places its events name, its main entities and places, and its Atom feed.
 *
 * @param dates    "19 June 2018 – 6 July 2018", one day alone, or "Undated"
 * @param meta     "4 events · 23 articles"
 * @param feed     the address of its Atom feed
 * @param map      the map of the places its events name, or null when none has coordinates
 * @param entities its main places, then its other main entities, each linking to its page
 */
public record StoryPage(String title, String dates, String meta, String feed, PlaceMap map, List<Line> timeline,
    List<EntityChip> entities) {

  /** The most places a story's map shows: a story of many months names too many to label them all. */
  static final int MAX_MAP_PLACES = 12;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LINE_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public StoryPage {
    timeline = List.copyOf(timeline);
    entities = List.copyOf(entities);
  }

  /**
   * An event on the timeline.
   *
   * @param date     "6 Jul 2018", or "undated"
   * @param articles "5 articles"
   */
  public record Line(String date, String href, String headline, String articles) {}

  /** @param type the entity type in lower case, also its chip's CSS class as on the event card */
  public record EntityChip(String name, String type, String href) {}

  /**
   * @param events     the story's events that the store still holds (a story read just before a write may name
   *                   an event the write replaced), for the places and the entities' types
   * @param entityLink the address of an entity's own page
   * @param feed       the address of the story's Atom feed
   */
  public static StoryPage of(Story s, List<Event> events, Function<Entity, String> entityLink, String feed) {
    List<Line> timeline = s.timeline().stream().map(l -> new Line(
        l.date() == null ? "undated" : LINE_DAY.format(l.date().atZone(ZoneOffset.UTC)), "/events/" + l.event(),
        l.headline(), count(l.articles(), "article"))).toList();
    Map<String, Entity> named = byName(events);
    List<EntityChip> chips = Stream.concat(s.places().stream(), s.entities().stream())
        .map(name -> named.get(key(name))).filter(Objects::nonNull)
        .map(en -> new EntityChip(en.name(), en.type().name().toLowerCase(Locale.ROOT), entityLink.apply(en)))
        .toList();
    return new StoryPage(s.title(), dates(s.start(), s.end()), meta(s), feed, PlaceMap.of(mapPlaces(events)), timeline,
        chips);
  }

  /** "19 June 2018 – 6 July 2018"; one day alone when the story begins and ends on it. */
  static String dates(Instant start, Instant end) {
    if (start == null && end == null) {
      return "Undated";
    }
    String from = start == null ? null : DAY.format(start.atZone(ZoneOffset.UTC));
    String to = end == null ? null : DAY.format(end.atZone(ZoneOffset.UTC));
    if (from == null || to == null || from.equals(to)) {
      return from == null ? to : from;
    }
    return from + " – " + to;
  }

  /** "4 events · 23 articles" */
  static String meta(Story s) {
    return count(s.events().size(), "event") + " · "
        + count(s.timeline().stream().mapToInt(Story.Line::articles).sum(), "article");
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Each name as the newest event spells and types it (events come oldest first). */
  private static Map<String, Entity> byName(List<Event> events) {
    Map<String, Entity> named = new LinkedHashMap<>();
    events.forEach(e -> e.entities().forEach(en -> named.put(key(en.name()), en)));
    return named;
  }

  /** The geocoded places the most events name, each once. */
  private static List<Entity> mapPlaces(List<Event> events) {
    Map<String, Entity> place = new LinkedHashMap<>();
    Map<String, Integer> eventsNaming = new LinkedHashMap<>();
    for (Event e : events) {
      Set<String> inEvent = new HashSet<>();
      for (Entity en : e.entities()) {
        String k = key(en.name());
        if (en.type() == EntityType.PLACE && en.lat() != null && en.lon() != null && inEvent.add(k)) {
          place.putIfAbsent(k, en);
          eventsNaming.merge(k, 1, Integer::sum);
        }
      }
    }
    List<String> keys = new ArrayList<>(place.keySet());
    keys.sort(Comparator.comparing((String k) -> eventsNaming.get(k)).reversed());
    return keys.stream().limit(MAX_MAP_PLACES).map(place::get).toList();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
