package io.newsdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Atom feeds as a feed reader meets them: fetched over HTTP and parsed back with ROME. */
class AtomFeedsTest {


  @TempDir
  static Path dir;

  private static FloodStoryServer served;
  private static NewsdeskServer server;

  @BeforeAll
  static void start() throws Exception {
    served = FloodStoryServer.start(dir); // the flood's story: two events, six weeks apart
    server = served.server();
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return LocalHttp.get(server, path);
  }

  private static SyndFeed feed(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), path);
    SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
    assertEquals("atom_1.0", feed.getFeedType());
    return feed;
  }

  /** Newest first by when each event was last reported: the order a reader lists them in. */
  private static void assertNewestFirst(List<SyndEntry> entries) {
    Date previous = null;
    for (SyndEntry e : entries) {
      assertTrue(previous == null || !e.getUpdatedDate().after(previous), "newest first: " + e.getTitle());
      previous = e.getUpdatedDate();
    }
  }

  @Test
  void aStoryFeedHoldsItsEventsNewestFirst() throws Exception {
    JsonNode flood = new ObjectMapper().readTree(get("/api/events?q=flood%20Misrata").body()).at("/items/0");
    String storyId = flood.get("story").asText();
    JsonNode story = new ObjectMapper().readTree(get("/api/stories/" + storyId).body());
    assertEquals(2, story.get("events").asInt(), story.toString());

    SyndFeed feed = feed(story.get("feed").asText());
    assertEquals(story.get("title").asText(), feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    assertEquals(2, entries.size());
    assertNewestFirst(entries);
    JsonNode timeline = story.get("timeline"); // oldest first
    assertEquals(timeline.at("/1/headline").asText(), entries.get(0).getTitle());
    assertEquals(timeline.at("/0/headline").asText(), entries.get(1).getTitle());
    SyndEntry newest = entries.get(0);
    assertTrue(newest.getUri().endsWith("/events/" + timeline.at("/1/event").asText()), newest.getUri());
    assertTrue(newest.getLink().startsWith("http://127.0.0.1:" + server.port() + "/events/"), newest.getLink());
    assertFalse(newest.getDescription().getValue().isBlank());
    assertEquals(404, get("/stories/st-000000000000/feed.atom").statusCode());
  }

  @Test
  void aSearchFeedHoldsTheMatchingEventsNewestFirst() throws Exception {
    SyndFeed floods = feed("/search/feed.atom?q=flood");
    assertEquals(2, floods.getEntries().size(), "the flood and its follow-up");
    assertNewestFirst(floods.getEntries());
    assertTrue(floods.getEntries().stream().allMatch(e -> e.getTitle().contains("Misrata")
        || e.getDescription().getValue().contains("flood")));

    SyndFeed many = feed("/search/feed.atom?q=" + java.net.URLEncoder.encode("flood | fire | port", "UTF-8"));
    assertTrue(many.getEntries().size() > floods.getEntries().size(), many.getEntries().size() + " entries");
    assertNewestFirst(many.getEntries());
    assertEquals(400, get("/search/feed.atom").statusCode());
    assertEquals(0, feed("/search/feed.atom?q=zzyzzx").getEntries().size());
  }
}
