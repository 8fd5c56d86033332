package io.newsdesk.server;

import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.store.EntityKey;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.Page;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An entity and a page of the events that name it. Events describe entities each in their own words; the
 * entity shown is the newest event's, with the spellings of every event on the page.
 */
record EntityEvents(Entity entity, Page<Event> events) {

  static Optional<EntityEvents> find(EventStore store, String name, int offset, int limit) {
    String key = EntityKey.of(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Page<Event> events = store.events(new EventQuery(null, null, key, offset, limit));
    Entity first = null;
    Set<String> variants = new LinkedHashSet<>();
    for (Event e : events.items()) {
      for (Entity en : e.entities()) {
        if (EntityKey.keys(en).anyMatch(key::equals)) {
          first = first == null ? en : first;
          variants.addAll(en.variants());
        }
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    Entity merged = new Entity(first.name(), first.type(), variants.stream().toList(), first.lat(), first.lon(),
        first.mentions(), first.sources());
    return Optional.of(new EntityEvents(merged, events));
  }

  /** The address of an entity's page. */
  static String pageHref(Entity en) {
    return "/entities/" + Urls.pathSegment(EntityKey.of(en.name()));
  }
}
