package io.newsdesk.core.summarize;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.CurrentEventsEntry;
import io.newsdesk.core.model.CurrentEventsEntry.SourceLink;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an event's line for a current-events page: the day it happened, its most named places and actors, the
 * headline as the action, and one link per outlet (its earliest article).
 */
public final class CurrentEventsWriter {

  /** Places and actors named at most; a line of a current-events page names two or three. */
  private static final int MAX_PLACES = 2;
  private static final int MAX_ACTORS = 3;

  public CurrentEventsEntry write(String headline, Instant start, List<Article> articles, EventFacts facts) {
    List<SourceLink> links = new ArrayList<>();
    Set<String> outlets = new HashSet<>();
    articles.stream().sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(a -> {
          String outlet = a.outlet() != null ? a.outlet() : a.id();
          if (outlets.add(outlet)) {
            links.add(new SourceLink(outlet, a.id(), a.url()));
          }
        });
    return new CurrentEventsEntry(start == null ? null : start.atZone(ZoneOffset.UTC).toLocalDate(),
        mostNamed(facts, Set.of(EntityType.PLACE), MAX_PLACES),
        mostNamed(facts, Set.of(EntityType.PERSON, EntityType.ORGANIZATION), MAX_ACTORS), headline, links);
  }

  private static List<String> mostNamed(EventFacts facts, Set<EntityType> types, int max) {
    return facts.entities().stream().filter(e -> types.contains(e.type()))
        // named by more articles first: what one article dwells on is not the event's actor
        .sorted(Comparator.comparingInt((Entity e) -> -e.sources().size())
            .thenComparing(Comparator.comparingInt(Entity::mentions).reversed()).thenComparing(Entity::name))
        .limit(max).map(Entity::name).toList();
  }
}
