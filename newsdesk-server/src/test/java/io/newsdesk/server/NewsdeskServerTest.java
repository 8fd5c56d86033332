package io.newsdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.store.LuceneEventStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API and pages over the sample corpus, on a real port, as a client meets them. */
class NewsdeskServerTest {

  private static final String TOKEN = "a-test-token-of-enough-length";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path dir;

  private static LuceneEventStore store;
  private static NewsdeskServer readOnly;
  private static NewsdeskServer writable;

  @BeforeAll
  static void start() throws IOException {
    store = SampleStore.create(dir.resolve("store"));
    readOnly = new NewsdeskServer(store, null, null).start("127.0.0.1", 0);
    writable = new NewsdeskServer(store, TOKEN, dir.resolve("store/incoming")).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    readOnly.close();
    writable.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return LocalHttp.get(readOnly, path);
  }

  private static JsonNode getJson(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> post(NewsdeskServer server, String token, String type, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertError(JsonNode body, int status, String code) {
    assertEquals(status, body.at("/error/status").asInt(), body.toString());
    assertEquals(code, body.at("/error/code").asText());
    assertFalse(body.at("/error/message").asText().isBlank());
  }

  @Test
  void healthSaysWhatTheStoreHolds() throws Exception {
    JsonNode h = getJson("/api/health", 200);
    assertEquals("ok", h.get("status").asText());
    assertTrue(h.get("articles").asInt() >= 31);
    assertFalse(h.get("ingest").asBoolean());
  }

  @Test
  void listsEventsNewestFirstInPages() throws Exception {
    JsonNode all = getJson("/api/events?limit=100", 200);
    assertTrue(all.get("total").asInt() >= 7);
    JsonNode page = getJson("/api/events?offset=2&limit=2", 200);
    assertEquals(2, page.get("items").size());
    assertEquals(all.get("items").get(2).get("id"), page.get("items").get(0).get("id"));
    String previous = null;
    for (JsonNode e : all.get("items")) {
      String end = e.get("end").asText();
      assertTrue(previous == null || end.compareTo(previous) <= 0, "newest first");
      previous = end;
    }
  }

  @Test
  void filtersEventsByCategory() throws Exception {
    JsonNode disasters = getJson("/api/events?category=disasters-and-accidents&limit=100", 200);
    List<String> headlines = disasters.get("items").findValuesAsText("headline");
    assertEquals(3, headlines.size(), headlines.toString());
    assertTrue(headlines.stream().anyMatch(h -> h.contains("Misrata")), headlines.toString());
    assertTrue(disasters.get("items").findValuesAsText("category").stream()
        .allMatch("Disasters and accidents"::equals));
    JsonNode byLabel = getJson("/api/events?category=Politics%20and%20elections", 200);
    assertTrue(byLabel.get("items").get(0).get("headline").asText().contains("Benghazi"), byLabel.toString());
    String id = byLabel.at("/items/0/id").asText();
    JsonNode event = getJson("/api/events/" + id, 200);
    assertEquals("Politics and elections", event.get("category").asText());
    assertEquals("election", event.at("/action/name").asText());
    assertError(getJson("/api/events?category=gossip", 400), 400, "bad_request");
  }

  @Test
  void findsEventsByDayWordsAndEntity() throws Exception {
    JsonNode flood = getJson("/api/events?q=flood", 200).get("items").get(0);
    assertTrue(flood.get("headline").asText().contains("Misrata"), flood.toString());
    String id = flood.get("id").asText();
    assertTrue(getJson("/api/events?day=2025-03-04", 200).get("items").findValuesAsText("id").contains(id));
    assertEquals(0, getJson("/api/events?day=2024-01-01", 200).get("total").asInt());
    JsonNode entity = getJson("/api/entities/Misurata", 200);
    assertEquals("place", entity.get("type").asText());
    assertTrue(entity.at("/events/items").findValuesAsText("id").contains(id));
  }

  @Test
  void oneEventHoldsWhatEventsJsonHolds() throws Exception {
    String id = getJson("/api/events?q=flood", 200).at("/items/0/id").asText();
    JsonNode e = getJson("/api/events/" + id, 200);
    for (String field : new String[] {"id", "headline", "start", "end", "articles", "summary", "entities", "figures",
        "quotes", "reuse", "conflicts"}) {
      assertTrue(e.has(field), "events.json field " + field);
    }
    assertEquals(id, e.get("id").asText());
    String articleId = e.at("/articles/0/id").asText();
    JsonNode article = getJson("/api/articles?id=" + java.net.URLEncoder.encode(articleId, "UTF-8"), 200);
    assertEquals(id, article.get("event").asText());
    assertFalse(article.get("text").asText().isBlank());
  }

  @Test
  void listsStoriesNewestFirstAndEveryEventNamesItsStory() throws Exception {
    JsonNode all = getJson("/api/stories?limit=100", 200);
    assertTrue(all.get("total").asInt() >= 7, all.toString());
    assertEquals(all.get("total").asInt(), getJson("/api/health", 200).get("stories").asInt());
    JsonNode page = getJson("/api/stories?offset=1&limit=2", 200);
    assertEquals(2, page.get("items").size());
    assertEquals(all.at("/items/1/id"), page.at("/items/0/id"));
    String previous = null;
    for (JsonNode s : all.get("items")) {
      String end = s.get("end").asText();
      assertTrue(previous == null || end.compareTo(previous) <= 0, "newest first");
      previous = end;
    }
    Set<String> storyIds = new HashSet<>(all.get("items").findValuesAsText("id"));
    for (JsonNode e : getJson("/api/events?limit=100", 200).get("items")) {
      String story = e.get("story").asText();
      assertTrue(storyIds.contains(story), e.toString());
      assertEquals(story, getJson("/api/events/" + e.get("id").asText(), 200).get("story").asText());
    }
  }

  @Test
  void oneStoryHoldsItsTimelineOfEvents() throws Exception {
    JsonNode flood = getJson("/api/events?q=flood", 200).at("/items/0");
    String id = flood.get("story").asText();
    JsonNode story = getJson("/api/stories/" + id, 200);
    assertEquals(id, story.get("id").asText());
    List<String> places = new java.util.ArrayList<>();
    story.get("places").forEach(p -> places.add(p.asText()));
    assertTrue(places.contains("Misrata"), story.toString());
    assertTrue(story.get("entities").isArray());
    JsonNode line = story.at("/timeline/0");
    assertEquals(flood.get("id").asText(), line.get("event").asText(), story.toString());
    assertEquals(flood.get("headline").asText(), line.get("headline").asText());
    assertEquals(flood.get("articles").asInt(), line.get("articles").asInt());
    assertFalse(line.get("date").asText().isEmpty());
    assertEquals(story.get("events").asInt(), story.get("timeline").size());
    assertError(getJson("/api/stories/st-000000000000", 404), 404, "not_found");
    assertError(getJson("/api/stories?limit=101", 400), 400, "bad_request");
  }

  @Test
  void listsArticlesNewestFirst() throws Exception {
    JsonNode page = getJson("/api/articles?limit=5", 200);
    assertTrue(page.get("total").asInt() >= 31);
    assertEquals(5, page.get("items").size());
    String previous = null;
    for (JsonNode a : page.get("items")) {
      assertFalse(a.has("text"), "lists leave the text out");
      assertFalse(a.get("event").asText().isEmpty());
      String published = a.get("published").asText();
      assertTrue(previous == null || published.compareTo(previous) <= 0, "newest first");
      previous = published;
    }
  }

  @Test
  void searchMarksTheMatchingWords() throws Exception {
    JsonNode hits = getJson("/api/search?q=earthquake&limit=3", 200);
    assertTrue(hits.get("total").asInt() > 0);
    JsonNode snippet = hits.at("/items/0/snippets/0");
    JsonNode mark = snippet.at("/marks/0");
    String marked = snippet.get("text").asText().substring(mark.get(0).asInt(), mark.get(1).asInt());
    assertTrue(marked.toLowerCase().startsWith("earthquake"), marked);
    assertFalse(hits.at("/items/0/event").asText().isEmpty());
  }

  @Test
  void badRequestsGetAStatusAndOneErrorBody() throws Exception {
    assertError(getJson("/api/events?limit=0", 400), 400, "bad_request");
    assertError(getJson("/api/events?limit=abc", 400), 400, "bad_request");
    assertError(getJson("/api/events?offset=-1", 400), 400, "bad_request");
    assertError(getJson("/api/events?day=yesterday", 400), 400, "bad_request");
    assertError(getJson("/api/events?q=" + "x".repeat(300), 400), 400, "bad_request");
    assertError(getJson("/api/search", 400), 400, "bad_request");
    assertError(getJson("/api/articles?id=", 400), 400, "bad_request");
    assertError(getJson("/api/events/ev-000000000000", 404), 404, "not_found");
    assertError(getJson("/api/articles?id=nothing", 404), 404, "not_found");
    assertError(getJson("/api/entities/Atlantis", 404), 404, "not_found");
    assertError(getJson("/api/no-such-thing", 404), 404, "not_found");
    for (String q : new String[] {"%22unclosed", "((", "*", "-", "AND%20OR", "%F0%9F%99%82"}) {
      getJson("/api/search?q=" + q, 200);
    }
  }

  @Test
  void theOpenApiDocumentDescribesEveryRoute() throws Exception {
    JsonNode doc = getJson("/openapi.json", 200);
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    Set<String> paths = new HashSet<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      paths.add(it.next());
    }
    assertEquals(Set.of("/api/health", "/api/events", "/api/events/{id}", "/api/stories", "/api/stories/{id}",
        "/api/articles", "/api/entities/{name}", "/api/search", "/openapi.json", "/stories/{id}/feed.atom",
        "/search/feed.atom"), paths);
  }

  @Test
  void pagesShowEventsEntitiesAndSearch() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("Flash floods kill at least 12 in Libya"), index.body());
    assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    String id = getJson("/api/events?q=flood", 200).at("/items/0/id").asText();
    String event = get("/events/" + id).body();
    assertTrue(event.contains("<h1 class=\"headline\">"));
    assertTrue(event.contains("Timeline") && event.contains("Sources compared") && event.contains("<svg"));
    assertTrue(event.contains("href=\"/entities/misrata\""), "entity chips link to their pages");
    assertEquals(200, get("/entities/misrata").statusCode());
    String search = get("/search?q=earthquake").body();
    assertTrue(search.contains("<mark>"), search);
    assertEquals(404, get("/events/ev-000000000000").statusCode());
    assertTrue(get("/no-such-page").body().contains("<h1>Not found</h1>"));
    assertEquals(200, get("/assets/world.svg").statusCode());
  }

  @Test
  void ingestNeedsTheTokenAndEscapesWhatArticlesSay() throws Exception {
    String article = "{\"id\": \"xss-1\", \"title\": \"<script>alert(1)</script> Dam bursts in Derna\", "
        + "\"published\": \"2025-03-25T10:00:00Z\", \"outlet\": \"Test <b>Outlet</b>\", "
        + "\"text\": \"A dam burst near Derna on Tuesday <img src=x onerror=alert(2)>, officials said.\"}";
    assertEquals(403, post(readOnly, TOKEN, "application/json", article).statusCode());
    assertEquals(401, post(writable, null, "application/json", article).statusCode());
    assertEquals(401, post(writable, TOKEN + "x", "application/json", article).statusCode());
    assertEquals(415, post(writable, TOKEN, "text/plain", article).statusCode());
    assertEquals(400, post(writable, TOKEN, "application/json", "{\"articles\": [{\"title\": \"no text\"}]}")
        .statusCode());
    HttpResponse<String> noId = post(writable, TOKEN, "application/json", "[{\"text\": \"A ferry sank off Lorne.\"}]");
    assertEquals(400, noId.statusCode());
    assertTrue(noId.body().contains("neither an id nor a url"), noId.body());

    assertEquals(0, getJson("/api/search?q=Derna", 200).get("total").asInt());
    HttpResponse<String> added = post(writable, TOKEN, "application/json", article);
    assertEquals(201, added.statusCode(), added.body());
    assertEquals(1, JSON.readTree(added.body()).get("added").asInt());
    HttpResponse<String> again = post(writable, TOKEN, "application/json", article);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(1, JSON.readTree(again.body()).get("unchanged").asInt());

    assertEquals(1, getJson("/api/search?q=Derna", 200).get("total").asInt(), "no answer outlives a commit");
    String eventId = store.eventOf("xss-1").orElseThrow();
    for (String page : new String[] {"/", "/events/" + eventId, "/search?q=Derna"}) {
      String html = get(page).body();
      assertTrue(html.contains("Derna"), page);
      assertFalse(html.contains("<script>") || html.contains("<img src=x") || html.contains("<b>Outlet"), page);
    }
  }
}
