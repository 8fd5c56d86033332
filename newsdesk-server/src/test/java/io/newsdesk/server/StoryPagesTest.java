package io.newsdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.story.Story;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story pages served over the samples and the flood's follow-up: a story of two events, six weeks apart. */
class StoryPagesTest {


  @TempDir
  static Path dir;

  private static FloodStoryServer served;
  private static NewsdeskServer server;
  private static Story flood;

  @BeforeAll
  static void start() throws Exception {
    served = FloodStoryServer.start(dir); // the flood's story: two events, six weeks apart
    server = served.server();
    flood = served.store().stories(0, 1).items().get(0); // newest: its follow-up is the last event stored
    assertEquals(2, flood.events().size(), "the flood's story: " + flood);
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return LocalHttp.get(server, path);
  }

  @Test
  void eachEventPageLinksItsStory() throws Exception {
    for (String eventId : flood.events()) {
      String event = get("/events/" + eventId).body();
      assertTrue(event.contains("<p class=\"story-link\">Part of the story: <a href=\"/stories/" + flood.id() + "\">"
          + flood.title() + "</a></p>"), event);
    }
  }

  @Test
  void aStoryPageShowsItsEventsInTimeOrderItsPlacesNamesAndFeed() throws Exception {
    HttpResponse<String> r = get("/stories/" + flood.id());
    assertEquals(200, r.statusCode());
    String page = r.body();
    assertTrue(page.contains("<h1 class=\"headline\">" + flood.title() + "</h1>"), page);
    assertTrue(page.contains(" · 2 events · "), page);
    int first = page.indexOf("href=\"/events/" + flood.events().get(0) + "\"");
    int second = page.indexOf("href=\"/events/" + flood.events().get(1) + "\"");
    assertTrue(first > 0 && second > first, "both events on the timeline, oldest first: " + page);
    assertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
        && page.contains("href=\"/stories/" + flood.id() + "/feed.atom\">"), "its feed, announced in the head");
    assertTrue(page.contains("<a class=\"feed\" href=\"/stories/" + flood.id() + "/feed.atom\""), "its feed, linked");
    assertTrue(page.contains("<figure class=\"map\">") && page.contains("<title>Misrata</title>"), "its places' map");
    assertTrue(page.contains("<a href=\"/entities/misrata\" class=\"chip place\">Misrata</a>"), "its main names");
  }

  @Test
  void theStoriesPageListsStoriesNewestFirstAndAnUnknownStoryIsNotFound() throws Exception {
    String list = get("/stories").body();
    assertTrue(list.contains("<h1>Stories</h1>"), list);
    assertTrue(list.split("<li class=\"event-item story-item\"><a class=\"headline\" href=\"")[1]
        .startsWith("/stories/" + flood.id() + "\""), "newest first: " + list);
    assertTrue(list.contains("<a href=\"/stories\">Stories</a>"), "the site's sections link the stories");
    HttpResponse<String> unknown = get("/stories/st-000000000000");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("<h1>Not found</h1><p>There is no story st-000000000000.</p>"),
        unknown.body());
  }
}
