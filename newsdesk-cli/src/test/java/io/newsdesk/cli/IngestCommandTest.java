package io.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.core.store.LuceneEventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk ingest}: paths, a watched folder, feeds from a file and over HTTP, bad records. */
class IngestCommandTest {

  private static final String FEED = FeedFixtures.COAST_RADIO;

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  @TempDir
  Path dir;

  private String stdout() {
    return console.stdout();
  }

  private String stderr() {
    return console.stderr();
  }

  @Test
  void ingestingTheSamplesTwiceStoresThemOnce() throws Exception {
    Path store = dir.resolve("store");
    assertEquals(0, Main.run("ingest", "--store", store.toString(), "../samples"), stderr());
    assertTrue(stdout().contains("Stored 31 new and 0 changed articles (0 unchanged)"), stdout());
    assertTrue(stdout().contains("holds 31 articles in 7 events"), stdout());
    assertEquals(0, Main.run("ingest", "--store", store.toString(), "../samples"), stderr());
    assertTrue(stdout().contains("Stored 0 new and 0 changed articles (31 unchanged)"), stdout());
  }

  @Test
  void aWatchedFolderGivesItsFilesTheIdsOfTheFolderAndBadRecordsAreNamed() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox/sub"));
    Files.writeString(inbox.resolve("lorne-storm.txt"), "Storm closes Lorne port\n\nA storm closed the port of "
        + "Lorne on Tuesday, the harbour master said, and ferries stayed in dock.");
    Files.writeString(inbox.resolve("broken.jsonl"), "{\"id\": \"ok-1\", \"text\": \"Ferries returned to Lorne on "
        + "Wednesday after the storm passed, the operator said.\"}\n{\"id\": \"bad\", \"text\": \n");
    Path store = dir.resolve("store");
    assertEquals(0, Main.run("ingest", "--store", store.toString(), "--watch", dir.resolve("inbox").toString(),
        "--polls", "1", "--interval", "1"), stderr());
    assertTrue(stderr().contains("broken.jsonl"), "the bad record is named: " + stderr());
    try (LuceneEventStore s = LuceneEventStore.openReadOnly(store)) {
      assertTrue(s.article("sub/lorne-storm.txt").isPresent(), "id relative to the watched folder");
      assertTrue(s.article("ok-1").isPresent(), "the rest of the file goes on");
      assertEquals(2, s.stats().articles());
    }
  }

  @Test
  void feedsAreReadFromFilesAndOverHttp() throws Exception {
    Path feed = Files.writeString(dir.resolve("coast.xml"), FEED);
    Path fromFile = dir.resolve("from-file");
    assertEquals(0, Main.run("ingest", "--store", fromFile.toString(), "--feed", feed.toString(), "--polls", "1"),
        stderr());
    HttpServer http = FeedFixtures.serve(FEED);
    Path fromHttp = dir.resolve("from-http");
    try {
      assertEquals(0, Main.run("ingest", "--store", fromHttp.toString(), "--feed",
          "http://127.0.0.1:" + http.getAddress().getPort() + "/feed.xml", "--polls", "2", "--interval", "1"),
          stderr());
    } finally {
      http.stop(0);
    }
    for (Path store : new Path[] {fromFile, fromHttp}) {
      try (LuceneEventStore s = LuceneEventStore.openReadOnly(store)) {
        assertEquals(1, s.stats().articles());
        assertTrue(s.article("https://coast.example/storm-lorne").isPresent());
      }
    }
    try (var left = Files.list(fromHttp.resolve("incoming"))) {
      assertEquals(0, left.count(), "fetched feeds are deleted once read");
    }
  }

  @Test
  void badUsageGetsOneLine() {
    assertEquals(2, Main.run("ingest", "--store", dir.toString()));
    assertTrue(stderr().contains("give files or folders"), stderr());
    assertEquals(2, Main.run("ingest", "--store", dir.toString(), "--feed", "ftp://x/feed", "--polls", "1"));
    assertEquals(2, Main.run("serve", "--store", dir.toString(), "--port", "70000"));
    assertEquals(2, Main.run("loadtest", "--url", "http://example.com/", "--seconds", "1"));
  }
}
