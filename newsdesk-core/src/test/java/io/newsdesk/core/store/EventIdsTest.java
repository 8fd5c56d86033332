package io.newsdesk.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.core.Fixtures;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rebuilt events keep the ids their addresses were given. */
class EventIdsTest {

  private static Event event(String naturalId, String... articleIds) {
    List<Article> articles = java.util.Arrays.stream(articleIds)
        .map(id -> Fixtures.article(id, "Outlet", "2025-03-03", "Title " + id, "Text " + id)).toList();
    return new Event(naturalId, "Headline", null, null, articles, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  @Test
  void anEventKeepsItsIdWhenAnEarlierArticleJoins() {
    List<Event> rebuilt = EventIds.assign(Map.of("ev-a", Set.of("a", "b")), List.of(event("ev-z", "z", "a", "b")));
    assertEquals(List.of("ev-a"), ids(rebuilt));
  }

  @Test
  void mergedEventsTakeTheIdOfTheOneTheyShareMostWith() {
    List<Event> rebuilt = EventIds.assign(Map.of("ev-a", Set.of("a"), "ev-c", Set.of("c", "d")),
        List.of(event("ev-a", "a", "c", "d")));
    assertEquals(List.of("ev-c"), ids(rebuilt));
  }

  @Test
  void whenAnEventSplitsTheLargerPartKeepsTheId() {
    List<Event> rebuilt = EventIds.assign(Map.of("ev-a", Set.of("a", "b", "c")),
        List.of(event("ev-a", "a"), event("ev-b", "b", "c")));
    assertEquals(List.of("ev-a-2", "ev-a"), ids(rebuilt),
        "the smaller part would take its natural id, already the larger part's, so it gets a suffix");
  }

  @Test
  void newEventsKeepTheirNaturalIds() {
    List<Event> rebuilt = EventIds.assign(Map.of("ev-a", Set.of("a")), List.of(event("ev-a", "a"), event("ev-x", "x")));
    assertEquals(List.of("ev-a", "ev-x"), ids(rebuilt));
  }
}
