package io.newsdesk.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.newsdesk.core.store.EventStore;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server over a store: the JSON API under {@code /api}, described at {@code /openapi.json}, the web
 * pages, and Atom feeds of stories and searches. Read-only unless given a token; every error is one JSON body (or, for pages, one page) made here.
 */
public final class NewsdeskServer implements AutoCloseable {

  /** Largest request body accepted: a batch of posted articles. */
  static final long MAX_REQUEST_BYTES = 8L << 20;

  private final Javalin app;
  private final EventStore store;
  private final ApiJson json = new ApiJson();
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsdesk-store-refresh");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param token    the token that posting articles requires, or null for a read-only server
   * @param incoming a folder inside the store for posted bodies; needed with a token
   */
  public NewsdeskServer(EventStore store, String token, Path incoming) {
    this.store = Objects.requireNonNull(store, "store");
    ApiController api = new ApiController(store, json, token != null);
    IngestController ingest = new IngestController(store, json, token, incoming);
    PageController pages = new PageController(store);
    FeedController feeds = new FeedController(store);
    StaticAssets assets = new StaticAssets();
    ResponseCache cache = new ResponseCache(store);
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.routes.before(NewsdeskServer::securityHeaders);
      config.routes.get("/api/health", api::health);
      config.routes.get("/api/events", cache.json(api::events));
      config.routes.get("/api/events/{id}", cache.json(api::event));
      config.routes.get("/api/stories", cache.json(api::stories));
      config.routes.get("/api/stories/{id}", cache.json(api::story));
      config.routes.get("/api/articles", cache.json(api::articles));
      config.routes.post("/api/articles", ingest::ingest);
      config.routes.get("/api/entities/{name}", cache.json(api::entity));
      config.routes.get("/api/search", cache.json(api::search));
      config.routes.get("/openapi.json", assets::openApi);
      config.routes.get("/", pages::index);
      config.routes.get("/events/{id}", pages::event);
      config.routes.get("/stories", pages::stories);
      config.routes.get("/stories/{id}", pages::story);
      config.routes.get("/entities/{name}", pages::entity);
      config.routes.get("/search", pages::search);
      config.routes.get("/stories/{id}/feed.atom", feeds::story);
      config.routes.get("/search/feed.atom", feeds::search);
      config.routes.get("/assets/newsdesk.css", assets::css);
      config.routes.get("/assets/world.svg", assets::world);
      config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e));
      config.routes.exception(IllegalArgumentException.class,
          (e, ctx) -> fail(ctx, ApiException.badRequest(e.getMessage())));
      config.routes.exception(HttpResponseException.class,
          (e, ctx) -> fail(ctx, ApiException.forStatus(e.getStatus(), e.getStatus() == 404
              ? "nothing at " + ctx.method() + " " + ctx.path() : e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("newsdesk serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        fail(ctx, new ApiException(500, "internal", "the server failed to answer; see its log"));
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
          fail(ctx, ApiException.notFound("nothing at " + ctx.method() + " " + ctx.path()));
        }
      });
      config.routes.error(405, ctx -> fail(ctx,
          ApiException.forStatus(405, ctx.method() + " is not allowed at " + ctx.path())));
      config.routes.error(413, ctx -> fail(ctx,
          ApiException.forStatus(413, "the body is larger than " + (MAX_REQUEST_BYTES >> 20) + " MB")));
    });
  }

  /** Starts listening; port 0 picks a free one (see {@link #port()}). */
  public NewsdeskServer start(String host, int port) {
    app.start(host, port);
    if (!store.writable()) {
      // a writer in another process (newsdesk ingest) may commit at any time; show its work within seconds
      refresher.scheduleWithFixedDelay(store::refresh, 2, 2, TimeUnit.SECONDS);
    }
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    app.stop();
  }

  private void fail(Context ctx, ApiException e) {
    ctx.status(e.status());
    if (ctx.path().startsWith("/api/")) {
      ApiController.send(ctx, json.bytes(json.error(e)));
    } else {
      ctx.html(PageController.errorPage(e));
    }
  }

  /** Pages run no scripts and load nothing from elsewhere; nothing may frame them or sniff their types. */
  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
