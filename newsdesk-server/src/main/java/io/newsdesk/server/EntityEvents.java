package io.newsdesk.server;

import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.store.EntityKey;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.Page;
import java.util.Optional;

/**
 * An entity and a page of the events that name it. Events describe entities each in their own words; the
 * entity shown is as the newest event names it.
 */
record EntityEvents(Entity entity, Page<EventSummary> events) {

  static Optional<EntityEvents> find(EventStore store, String name, int offset, int limit) {
    String key = EntityKey.of(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Page<EventSummary> events = store.summaries(new EventQuery(null, null, key, offset, limit));
    Optional<Event> newest = store.events(new EventQuery(null, null, key, 0, 1)).items().stream().findFirst();
    return newest.flatMap(e -> e.entities().stream().filter(en -> EntityKey.keys(en).anyMatch(key::equals))
        .findFirst()).map(en -> new EntityEvents(en, events));
  }

  /** The address of an entity's page. */
  static String pageHref(Entity en) {
    return "/entities/" + Urls.pathSegment(EntityKey.of(en.name()));
  }
}
