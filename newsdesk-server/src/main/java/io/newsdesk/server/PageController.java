package io.newsdesk.server;

import io.newsdesk.core.classify.Category;
import static io.newsdesk.core.report.Html.escape;

import io.javalin.http.Context;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;
import io.newsdesk.server.pages.EventList;
import io.newsdesk.server.pages.EventPage;
import io.newsdesk.server.pages.PageLayout;
import io.newsdesk.server.pages.PlaceMap;
import io.newsdesk.server.pages.SearchPage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The web pages: events day by day, one event, one entity, search. Rendered on the server, no scripts. */
final class PageController {

  private static final int EVENTS_PER_PAGE = 30;

  private final EventStore store;
  private final EventPage eventPage = new EventPage(EntityEvents::pageHref);

  PageController(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void index(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    int offset = p.offset();
    String category = p.category("category");
    Page<EventSummary> events = store.summaries(new EventQuery(null, null, null, category, offset, EVENTS_PER_PAGE));
    StringBuilder h = new StringBuilder(16 * 1024);
    EventStore.Stats stats = store.stats();
    h.append("<h1>Events</h1><p class=\"meta\">").append(stats.events()).append(" events from ")
        .append(stats.articles()).append(" articles, newest first.</p>");
    EventList.categoryFilter(h, category);
    if (events.items().isEmpty()) {
      h.append("<p>No events yet. Add articles with <code>newsdesk ingest --store DIR PATH</code>.</p>");
    }
    EventList.render(h, events.items(), 2);
    EventList.pager(h, category == null ? "/" : "/?category=" + Category.parse(category).slug(), offset,
        EVENTS_PER_PAGE, events.total());
    ctx.html(PageLayout.page("Events", null, h.toString()));
  }

  void event(Context ctx) {
    String id = new RequestParams(ctx).pathId("id");
    Event e = store.event(id).orElseThrow(() -> ApiException.notFound("There is no event " + id + "."));
    ctx.html(eventPage.render(e));
  }

  void entity(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    String name = p.pathId("name");
    int offset = p.offset();
    EntityEvents found = EntityEvents.find(store, name, offset, EVENTS_PER_PAGE)
        .orElseThrow(() -> ApiException.notFound("No event names " + name + "."));
    Entity en = found.entity();
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<h1>").append(escape(en.name())).append("</h1><p class=\"meta\">")
        .append(en.type().name().toLowerCase(Locale.ROOT)).append(" · named in ").append(found.events().total())
        .append(found.events().total() == 1 ? " event" : " events");
    List<String> others = en.variants().stream().filter(v -> !v.equals(en.name())).toList();
    if (!others.isEmpty()) {
      h.append(" · also spelled ").append(escape(String.join(", ", others)));
    }
    h.append("</p>");
    PlaceMap.render(h, List.of(en));
    EventList.render(h, found.events().items(), 2);
    EventList.pager(h, EntityEvents.pageHref(en), offset, EVENTS_PER_PAGE, found.events().total());
    ctx.html(PageLayout.page(en.name(), null, h.toString()));
  }

  void search(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    String words = p.words("q");
    if (words == null) {
      ctx.html(SearchPage.render(null, null, null, null));
      return;
    }
    int offset = p.offset();
    Page<EventSummary> events = store.summaries(new EventQuery(null, words, null, 0, 10));
    Page<SearchHit> hits = store.search(words, offset, RequestParams.DEFAULT_LIMIT);
    String next = hits.hasMore()
        ? "/search?q=" + Urls.query(words) + "&offset=" + (offset + RequestParams.DEFAULT_LIMIT) : null;
    ctx.html(SearchPage.render(words, events, hits, next));
  }

  /** An error as a page, for people; the API gets JSON instead. */
  static String errorPage(ApiException e) {
    String title = e.status() == 404 ? "Not found" : "Cannot show this page";
    return PageLayout.page(title, null, "<h1>" + escape(title) + "</h1><p>" + escape(e.getMessage())
        + "</p><p><a href=\"/\">Back to the events</a></p>");
  }
}
