package io.newsdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.ingest.ArticleBudget;
import io.newsdesk.core.store.LuceneEventStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API does with bodies and articles past its limits: refuse the first, cut the second, keep the store. */
class IngestLimitsTest {

  private static final String TOKEN = "a-test-token-of-enough-length";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> post(NewsdeskServer server, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String article(String id, String text) {
    return "{\"id\": \"" + id + "\", \"title\": \"Council meets\", \"published\": \"2025-03-25T10:00:00Z\", "
        + "\"outlet\": \"Test Outlet\", \"text\": \"" + text + "\"}";
  }

  @Test
  void aBodyOverTheLimitIs413AndALongArticleIsCutWithANotice(@TempDir Path dir) throws Exception {
    try (LuceneEventStore store = SampleStore.create(dir.resolve("store"));
        NewsdeskServer server = new NewsdeskServer(store, TOKEN, dir.resolve("store/incoming"))
            .start("127.0.0.1", 0)) {
      String tooLarge = article("huge", "x".repeat((int) NewsdeskServer.MAX_REQUEST_BYTES));
      HttpResponse<String> refused = post(server, tooLarge);
      assertEquals(413, refused.statusCode());
      assertEquals("too_large", JSON.readTree(refused.body()).at("/error/code").asText(), refused.body());

      String longText = "The council met again. ".repeat(ArticleBudget.DEFAULT_MAX_WORDS / 4 + 10);
      HttpResponse<String> cut = post(server, article("long-1", longText));
      assertEquals(201, cut.statusCode(), cut.body().substring(0, Math.min(300, cut.body().length())));
      JsonNode body = JSON.readTree(cut.body());
      assertEquals(1, body.get("added").asInt());
      assertTrue(body.toString().contains("per-article budget"), "the answer says the article was cut");
      assertTrue(store.eventOf("long-1").isPresent(), "the cut article is stored");
    }
  }
}
