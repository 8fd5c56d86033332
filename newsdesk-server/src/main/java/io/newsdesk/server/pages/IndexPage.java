package io.newsdesk.server.pages;

import java.util.List;

/**
 * The front page ({@code index.jte}): how much the store holds, the category filter, a page of events newest
 * first.
 */
public record IndexPage(long eventCount, long articleCount, List<EventList.CategoryLink> categories, EventList events,
    Pager pager) {}
