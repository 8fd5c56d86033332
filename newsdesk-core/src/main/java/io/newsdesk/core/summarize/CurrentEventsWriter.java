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
 * Writes an event's line for a current-events page: the day it happened, its most named places, its actors (those
 * the subject of the event's main sentence names first, as that is who acted; then the most named people and
 * organisations), the headline as the action, and one link per outlet (its earliest article).
 */
public final class CurrentEventsWriter {

  /** Places and actors named at most; a line of a current-events page names two or three. */
  private static final int MAX_PLACES = 2;
  private static final int MAX_ACTORS = 3;

  public CurrentEventsEntry write(String headline, Instant start, List<Article> articles, EventFacts facts) {
    return write(headline, start, articles, facts, null);
  }

  /** @param who the subject of the sentence that reports the event's action (the 5W1H's who), or null */
  public CurrentEventsEntry write(String headline, Instant start, List<Article> articles, EventFacts facts,
      String who) {
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
        mostNamed(facts, Set.of(EntityType.PERSON, EntityType.ORGANIZATION), MAX_ACTORS, who), headline, links);
  }

  private static List<String> mostNamed(EventFacts facts, Set<EntityType> types, int max) {
    return mostNamed(facts, types, max, null);
  }

  private static List<String> mostNamed(EventFacts facts, Set<EntityType> types, int max, String subject) {
    String said = subject == null ? "" : subject.toLowerCase(java.util.Locale.ROOT);
    return facts.entities().stream().filter(e -> types.contains(e.type()))
        // the subject's names first; then named by more articles: what one article dwells on is not the actor
        .sorted(Comparator.comparing((Entity e) -> !inSubject(e, said))
            .thenComparingInt(e -> -e.sources().size())
            .thenComparing(Comparator.comparingInt(Entity::mentions).reversed()).thenComparing(Entity::name))
        .limit(max).map(Entity::name).toList();
  }

  private static boolean inSubject(Entity e, String subject) {
    if (subject.isEmpty()) {
      return false;
    }
    for (String name : e.variants().isEmpty() ? List.of(e.name()) : e.variants()) {
      if (subject.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
