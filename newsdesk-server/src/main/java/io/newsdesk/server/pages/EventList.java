package io.newsdesk.server.pages;

import io.newsdesk.core.classify.Category;
import io.newsdesk.core.store.EventSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events as a list under day headings, newest first, in the manner of a current-events portal
 * ({@code eventList.jte}): each day's events grouped by category under its own heading, in the portal's order of
 * sections (events with no category last).
 *
 * @param headingLevel the level of the day headings, 2 or 3; categories take the next level
 */
public record EventList(int headingLevel, List<Day> days) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  /** @param label "Tuesday 4 March 2025", or "Undated" */
  public record Day(String label, List<Section> sections) {}

  /** @param category the category's label, or "Other" */
  public record Section(String category, List<Item> events) {}

  /** @param meta the article count and outlets: "3 articles · Post, Herald"; lead may be null */
  public record Item(String href, String headline, String meta, String lead) {}

  /** One link of the category filter (no scripts: each is a plain link); {@code current} marks the one listed. */
  public record CategoryLink(String href, String label, boolean current) {}

  public EventList {
    if (headingLevel != 2 && headingLevel != 3) {
      throw new IllegalArgumentException("an event list's day headings are of level 2 or 3, got " + headingLevel);
    }
    days = List.copyOf(days);
  }

  public static EventList of(List<EventSummary> events, int headingLevel) {
    Map<String, List<EventSummary>> days = new LinkedHashMap<>();
    for (EventSummary e : events) {
      days.computeIfAbsent(e.end() == null ? "Undated" : DAY.format(e.end().atZone(ZoneOffset.UTC)),
          k -> new ArrayList<>()).add(e);
    }
    List<Day> out = new ArrayList<>();
    days.forEach((day, dayEvents) -> {
      Map<String, List<EventSummary>> byCategory = new TreeMap<>(Comparator.comparingInt(EventList::categoryOrder)
          .thenComparing(Comparator.naturalOrder()));
      dayEvents.forEach(e -> byCategory.computeIfAbsent(e.category() == null ? "" : e.category(),
          k -> new ArrayList<>()).add(e));
      List<Section> sections = new ArrayList<>();
      byCategory.forEach((category, items) -> sections.add(new Section(category.isEmpty() ? "Other" : category,
          items.stream().map(EventList::item).toList())));
      out.add(new Day(day, List.copyOf(sections)));
    });
    return new EventList(headingLevel, out);
  }

  /**
   * The links that list the events of one category, after one to list them all.
   *
   * @param chosen the label of the category listed now, or null for every event
   */
  public static List<CategoryLink> categoryFilter(String chosen) {
    List<CategoryLink> links = new ArrayList<>();
    links.add(new CategoryLink("/", "All", chosen == null));
    for (Category c : Category.values()) {
      links.add(new CategoryLink("/?category=" + c.slug(), c.label(), c.label().equals(chosen)));
    }
    return List.copyOf(links);
  }

  /** The portal's order of its sections; no category ("") after every one. */
  private static int categoryOrder(String label) {
    Category c = Category.parse(label);
    return c == null ? Integer.MAX_VALUE : c.ordinal();
  }

  private static Item item(EventSummary e) {
    String outlets = String.join(", ", e.outlets());
    int n = e.articles();
    return new Item("/events/" + e.id(), e.headline(),
        n + (n == 1 ? " article" : " articles") + (outlets.isEmpty() ? "" : " · " + outlets), e.lead());
  }
}
