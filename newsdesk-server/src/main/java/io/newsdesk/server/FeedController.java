package io.newsdesk.server;

import io.javalin.http.Context;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Atom feeds a reader can follow: a story's events, and the events matching a search, newest first. */
final class FeedController {

  /** Entries per feed: the newest; a reader keeps the ones it saw before. */
  static final int ENTRIES = 50;

  private final EventStore store;

  FeedController(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The address of a story's feed, relative to the server's root. */
  static String storyFeed(String storyId) {
    return "/stories/" + Urls.pathSegment(storyId) + "/feed.atom";
  }

  /** {@code /stories/{id}/feed.atom}: the story's events. */
  void story(Context ctx) {
    String id = new RequestParams(ctx).pathId("id");
    Story story = store.story(id).orElseThrow(() -> ApiException.notFound("no story " + id));
    List<Event> events = new ArrayList<>();
    for (String eventId : story.events()) {
      // a story read just before a write may name an event the write then replaced: leave it out
      store.event(eventId).ifPresent(events::add);
    }
    events.sort(Digest.NEWEST_FIRST);
    String base = base(ctx);
    send(ctx, new AtomFeed(story.title(), base + storyFeed(id), base + "/stories/" + Urls.pathSegment(id), base)
        .write(events.subList(0, Math.min(ENTRIES, events.size()))));
  }

  /** {@code /search/feed.atom?q=...}: events whose headline, summary or names match the words. */
  void search(Context ctx) {
    String words = new RequestParams(ctx).words("q");
    if (words == null) {
      throw ApiException.badRequest("q is required: the words to follow");
    }
    List<Event> events = store.newestEvents(new EventQuery(null, words, null, 0, ENTRIES)).items();
    String base = base(ctx);
    String query = "?q=" + Urls.query(words);
    send(ctx, new AtomFeed("newsdesk: " + words, base + "/search/feed.atom" + query,
        base + "/api/events" + query, base).write(events));
  }

  /** The server's root as the client reached it: feed readers want absolute links. */
  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static void send(Context ctx, String xml) {
    ctx.contentType(AtomFeed.CONTENT_TYPE).result(xml);
  }
}
