package io.newsdesk.server;

import io.javalin.http.Context;
import io.newsdesk.core.classify.Category;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.report.Html;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;
import io.newsdesk.core.story.Story;
import io.newsdesk.server.pages.EntityPage;
import io.newsdesk.server.pages.ErrorPage;
import io.newsdesk.server.pages.EventList;
import io.newsdesk.server.pages.EventPage;
import io.newsdesk.server.pages.IndexPage;
import io.newsdesk.server.pages.Pager;
import io.newsdesk.server.pages.PlaceMap;
import io.newsdesk.server.pages.SearchPage;
import io.newsdesk.server.pages.StoryList;
import io.newsdesk.server.pages.StoryPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The web pages: events day by day, one event, stories and one story, one entity, search. Rendered on the server
 * from the templates in src/main/jte (precompiled by the build; they escape every value), no scripts.
 */
final class PageController {

  private static final int EVENTS_PER_PAGE = 30;
  private static final int STORIES_PER_PAGE = 30;
  /** The pages' templates, generated into this package by jte-maven-plugin (see newsdesk-server's pom). */
  static final Html PAGES = new Html("io.newsdesk.server.pages.templates",
      PageController.class.getClassLoader());

  private final EventStore store;

  PageController(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void index(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    int offset = p.offset();
    String category = p.category("category");
    Page<EventSummary> events = store.summaries(new EventQuery(null, null, null, category, offset, EVENTS_PER_PAGE));
    EventStore.Stats stats = store.stats();
    ctx.html(PAGES.render("index.jte", new IndexPage(stats.events(), stats.articles(),
        EventList.categoryFilter(category), EventList.of(events.items(), 2),
        Pager.of(category == null ? "/" : "/?category=" + Category.parse(category).slug(), offset, EVENTS_PER_PAGE,
            events.total()))));
  }

  void event(Context ctx) {
    String id = new RequestParams(ctx).pathId("id");
    Event e = store.event(id).orElseThrow(() -> ApiException.notFound("There is no event " + id + "."));
    EventPage.StoryLink story = store.storyOf(id).flatMap(store::story)
        .map(s -> new EventPage.StoryLink(storyHref(s), s.title())).orElse(null);
    ctx.html(PAGES.render("event.jte", EventPage.of(e, EntityEvents::pageHref, story)));
  }

  void stories(Context ctx) {
    int offset = new RequestParams(ctx).offset();
    Page<Story> stories = store.stories(offset, STORIES_PER_PAGE);
    ctx.html(PAGES.render("stories.jte", StoryList.of(stories.items(), stories.total(),
        Pager.of("/stories", offset, STORIES_PER_PAGE, stories.total()), PageController::storyHref)));
  }

  void story(Context ctx) {
    String id = new RequestParams(ctx).pathId("id");
    Story s = store.story(id).orElseThrow(() -> ApiException.notFound("There is no story " + id + "."));
    List<Event> events = new ArrayList<>();
    for (String eventId : s.events()) {
      // a story read just before a write may name an event the write then replaced: leave it out
      store.event(eventId).ifPresent(events::add);
    }
    ctx.html(PAGES.render("story.jte", StoryPage.of(s, events, EntityEvents::pageHref,
        FeedController.storyFeed(s.id()))));
  }

  /** The address of a story's page. */
  static String storyHref(Story s) {
    return "/stories/" + Urls.pathSegment(s.id());
  }

  void entity(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    String name = p.pathId("name");
    int offset = p.offset();
    EntityEvents found = EntityEvents.find(store, name, offset, EVENTS_PER_PAGE)
        .orElseThrow(() -> ApiException.notFound("No event names " + name + "."));
    Entity en = found.entity();
    long total = found.events().total();
    List<String> others = en.variants().stream().filter(v -> !v.equals(en.name())).toList();
    String meta = en.type().name().toLowerCase(Locale.ROOT) + " · named in " + total
        + (total == 1 ? " event" : " events") + (others.isEmpty() ? "" : " · also spelled " + String.join(", ", others));
    ctx.html(PAGES.render("entity.jte", new EntityPage(en.name(), meta, PlaceMap.of(List.of(en)),
        EventList.of(found.events().items(), 2), Pager.of(EntityEvents.pageHref(en), offset, EVENTS_PER_PAGE, total))));
  }

  void search(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    String words = p.words("q");
    if (words == null) {
      ctx.html(PAGES.render("search.jte", SearchPage.prompt()));
      return;
    }
    int offset = p.offset();
    Page<EventSummary> events = store.summaries(new EventQuery(null, words, null, 0, 10));
    Page<SearchHit> hits = store.search(words, offset, RequestParams.DEFAULT_LIMIT);
    String next = hits.hasMore()
        ? "/search?q=" + Urls.query(words) + "&offset=" + (offset + RequestParams.DEFAULT_LIMIT) : null;
    ctx.html(PAGES.render("search.jte", SearchPage.of(words, events, hits, next)));
  }

  /** An error as a page, for people; the API gets JSON instead. */
  static String errorPage(ApiException e) {
    return PAGES.render("error.jte",
        new ErrorPage(e.status() == 404 ? "Not found" : "Cannot show this page", e.getMessage()));
  }
}
