package io.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsdesk serve --feed --watch}: one process polls feeds and a folder into the store it serves. */
class ServeCommandTest {

  private static final String FEED = FeedFixtures.COAST_RADIO;
  private static final String LOCAL_FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Valley News</title><link>https://valley.example/</link>
      <item><title>Bridge over the Arrow reopens</title><link>https://valley.example/arrow-bridge</link>
      <pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
      <description>The bridge over the Arrow river at Kelso reopened on Wednesday after six months of repairs, \
      the county council said.</description></item>
      </channel></rss>
      """;
  private static final String TOKEN = "a-test-token-of-enough-length";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  @TempDir
  Path dir;

  /** The serve command as the command line parses it, started; closing it stops the server and its polling. */
  private static ServeCommand.Running serve(String... args) throws Exception {
    CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args);
    ServeCommand command = (ServeCommand) parsed.subcommand().commandSpec().userObject();
    return command.start();
  }

  private static JsonNode get(int port, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /**
   * Asks for an article until the background poll has stored it and built its event (the store commits articles
   * first, then their events); the poll's first run starts at once.
   */
  private static JsonNode awaitArticle(int port, String id) throws Exception {
    String path = "/api/articles?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    for (int tries = 0; tries < 600; tries++) {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        JsonNode article = JSON.readTree(r.body());
        if (article.hasNonNull("event")) {
          return article;
        }
      } else {
        assertEquals(404, r.statusCode(), r.body());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the poll never stored " + id + " in an event");
  }

  @Test
  void pollsFeedsAndAFolderWhileServingWithAToken() throws Exception {
    HttpServer http = FeedFixtures.serve(FEED);
    Path local = Files.writeString(dir.resolve("valley.xml"), LOCAL_FEED);
    Path watched = Files.createDirectories(dir.resolve("crawl"));
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
    Path store = dir.resolve("store");
    try (ServeCommand.Running running = serve("serve", "--store", store.toString(), "--port", "0",
        "--token-file", tokenFile.toString(), "--watch", watched.toString(), "--interval", "1",
        "--feed", "http://127.0.0.1:" + http.getAddress().getPort() + "/feed.xml",
        "--feed", local.toUri().toString())) {
      int port = running.port();
      assertTrue(console.stdout().contains("polling " + watched + " and 2 feeds every 1 s"), console.stdout());

      JsonNode storm = awaitArticle(port, "https://coast.example/storm-lorne");
      assertEquals("Storm closes the port of Lorne", storm.get("title").asText());
      JsonNode bridge = awaitArticle(port, "https://valley.example/arrow-bridge");
      assertNotEquals(storm.get("event").asText(), bridge.get("event").asText(), "two happenings, two events");
      JsonNode event = get(port, "/api/events/" + storm.get("event").asText());
      assertEquals(storm.get("event").asText(), event.get("id").asText());
      assertTrue(get(port, "/api/stories").get("total").asInt() >= 2);
      assertTrue(get(port, "/api/search?q=Lorne").get("total").asInt() >= 1);
      assertTrue(get(port, "/api/health").get("ingest").asBoolean(), "the token still takes posts");

      // a file dropped into the watched folder is found by a later poll
      Files.writeString(watched.resolve("kelso.txt"), "Kelso market hall to close\n\n"
          + "The market hall in Kelso will close for a year from April, the county council said on Thursday.\n");
      JsonNode hall = get(port, "/api/articles?limit=100");
      for (int tries = 0; tries < 600 && hall.get("total").asInt() < 3; tries++) {
        Thread.sleep(200);
        hall = get(port, "/api/articles?limit=100");
      }
      assertEquals(3, hall.get("total").asInt(), hall.toString());
    } finally {
      http.stop(0);
    }
  }

  @Test
  void aFolderThatIsNotThereIsAUsageError() {
    assertEquals(2, Main.run("serve", "--store", dir.resolve("s").toString(), "--watch",
        dir.resolve("missing").toString()));
    assertTrue(console.stderr().contains("--watch: no such folder"), console.stderr());
    assertEquals(2, Main.run("serve", "--store", dir.resolve("s").toString(), "--feed", "ftp://example.org/x"));
    assertTrue(console.stderr().contains("--feed:"), console.stderr());
  }
}
