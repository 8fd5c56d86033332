package io.newsdesk.server;

import io.javalin.http.Context;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;
import java.util.Objects;

/** The read side of the JSON API: events, stories, articles, entities, search and health. */
final class ApiController {

  private static final String JSON = "application/json; charset=utf-8";

  private final EventStore store;
  private final ApiJson json;
  private final boolean acceptsArticles;

  /** @param acceptsArticles whether this server takes posted articles, for the health report */
  ApiController(EventStore store, ApiJson json, boolean acceptsArticles) {
    this.store = Objects.requireNonNull(store, "store");
    this.json = Objects.requireNonNull(json, "json");
    this.acceptsArticles = acceptsArticles;
  }

  void health(Context ctx) {
    EventStore.Stats stats = store.stats();
    send(ctx, json.bytes(json.health(stats.articles(), stats.events(), stats.stories(), acceptsArticles)));
  }

  void events(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    EventQuery q = new EventQuery(p.day("day"), p.words("q"), p.words("entity"), p.category("category"), p.offset(),
        p.limit());
    send(ctx, json.bytes(json.page(store.summaries(q), json::eventSummary)));
  }

  void event(Context ctx) {
    String id = new RequestParams(ctx).pathId("id");
    send(ctx, store.eventJson(id).orElseThrow(() -> ApiException.notFound("no event " + id)));
  }

  /** Stories newest first by their last event. */
  void stories(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    send(ctx, json.bytes(json.page(store.stories(p.offset(), p.limit()), json::storySummary)));
  }

  void story(Context ctx) {
    String id = new RequestParams(ctx).pathId("id");
    send(ctx, json.bytes(json.story(store.story(id).orElseThrow(() -> ApiException.notFound("no story " + id)))));
  }

  /** One article with {@code id}, else a page of articles newest first (ids may hold '/', so not in the path). */
  void articles(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    if (ctx.queryParam("id") == null) {
      Page<Article> page = store.articles(p.offset(), p.limit());
      send(ctx, json.bytes(json.page(page, a -> json.articleSummary(a, store.eventOf(a.id()).orElse(null)))));
      return;
    }
    String id = p.requiredId("id");
    Article a = store.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
    send(ctx, json.bytes(json.article(a, store.eventOf(id).orElse(null))));
  }

  void entity(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    String name = p.pathId("name");
    EntityEvents found = EntityEvents.find(store, name, p.offset(), p.limit())
        .orElseThrow(() -> ApiException.notFound("no entity " + name));
    send(ctx, json.bytes(json.entity(found.entity(), found.events())));
  }

  void search(Context ctx) {
    RequestParams p = new RequestParams(ctx);
    String words = p.words("q");
    if (words == null) {
      throw ApiException.badRequest("q is required: the words to search for");
    }
    Page<SearchHit> hits = store.search(words, p.offset(), p.limit());
    send(ctx, json.bytes(json.page(hits, json::searchHit)));
  }

  static void send(Context ctx, byte[] body) {
    ctx.contentType(JSON).result(body);
  }
}
