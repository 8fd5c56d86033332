package io.newsdesk.server.pages;

/**
 * An entity's page ({@code entity.jte}): its name, type and spellings, its place on the map, a page of the events
 * that name it.
 *
 * @param meta "place · named in 3 events · also spelled Misurata"
 * @param map  the map of the entity, or null when it is no place with coordinates
 */
public record EntityPage(String name, String meta, PlaceMap map, EventList events, Pager pager) {}
