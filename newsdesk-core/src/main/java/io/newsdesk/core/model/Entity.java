package io.newsdesk.core.model;

import java.util.List;

/**
 * One real-world thing named in an event, with every spelling under which it appeared.
 *
 * @param name     the preferred spelling (the most frequent one)
 * @param variants all spellings seen, the preferred one included
 * @param lat      latitude where a geocoded place, else null
 * @param lon      longitude where a geocoded place, else null
 * @param mentions how often it is named across the event's articles
 * @param sources  ids of the articles that name it
 */
public record Entity(String name, EntityType type, List<String> variants, Double lat, Double lon,
                     int mentions, List<String> sources) {
  public Entity {
    variants = List.copyOf(variants);
    sources = List.copyOf(sources);
  }
}
