package io.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, files written, what stdout and stderr say. */
class MainTest {

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  private String stdout() {
    return console.stdout();
  }

  private String stderr() {
    return console.stderr();
  }

  @Test
  void digestWritesEventsJsonAndReport(@TempDir Path dir) throws Exception {
    int code = Main.run("digest", "--out", dir.toString(), "../samples");
    assertEquals(0, code, stderr());
    JsonNode events = new ObjectMapper().readTree(dir.resolve("events.json").toFile()).get("events");
    assertEquals(7, events.size());
    assertTrue(Files.readString(dir.resolve("index.html")).contains("<article class=\"event\""));
    assertTrue(stdout().contains("Read 31 articles"), stdout());
    assertTrue(stdout().contains("Found 7 events"), stdout());
  }

  @Test
  void digestNamesEachBadFileOnStderrAndGoesOn(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Files.writeString(in.resolve("ok.txt"), "Port strike ends\n\nDockworkers at Kelport ended their strike on Monday.");
    int code = Main.run("digest", "--out", dir.resolve("out").toString(), in.toString());
    assertEquals(0, code);
    assertTrue(stderr().contains("image.txt: binary content"), stderr());
    assertTrue(stdout().contains("Read 1 articles"), stdout());
  }

  @Test
  void badUsageExitsNonZeroWithOneLineReason() {
    assertEquals(2, Main.run("digest"));
    assertTrue(stderr().contains("Missing required parameter"), stderr());
    console.reset();
    assertEquals(2, Main.run("digest", "--threshold", "3", "../samples"));
    assertTrue(stderr().contains("--threshold must be between 0 and 1"), stderr());
    assertEquals(2, Main.run("frobnicate"));
    assertEquals(2, Main.run("digest", "--engine", "hadoop", "../samples"));
    assertTrue(stderr().contains("--engine must be single or spark"), stderr());
    assertEquals(2, Main.run("digest", "--engine", "spark", "--master", "yarn", "../samples"));
    assertTrue(stderr().contains("use spark-submit for a cluster"), stderr());
    assertEquals(2, Main.run("digest", "--engine", "spark", "--rules-only", "../samples"));
    assertTrue(stderr().contains("--rules-only is not available with --engine spark"), stderr());
    assertEquals(2, Main.run(new String[0]));
  }

  @Test
  void nothingToReadIsAnError(@TempDir Path dir) {
    assertEquals(1, Main.run("digest", "--out", dir.resolve("o").toString(), dir.resolve("missing").toString()));
    assertTrue(stderr().contains("no such file or folder"), stderr());
    assertTrue(stderr().contains("no articles found"), stderr());
  }

  @Test
  void extractPrintsOneCleanJsonObjectPerArticle() throws Exception {
    assertEquals(0, Main.run("extract", "../samples/wire.jsonl"));
    String[] lines = stdout().strip().split("\n");
    assertEquals(6, lines.length);
    for (String line : lines) {
      JsonNode n = new ObjectMapper().readTree(line);
      assertTrue(n.has("id") && n.has("text") && n.has("published") && n.has("language"));
      assertTrue(!n.get("text").asText().contains("More news:"));
    }
  }

  @Test
  void trainRejectsAnUnknownTaskAndDataWithoutGum(@TempDir Path dir) {
    assertEquals(2, Main.run("train", "nope", "--data", dir.toString()));
    assertTrue(stderr().contains("unknown task \"nope\" (tasks: tagger, headline-tagger, ner, word-clusters, typer, categories)"),
        stderr());
    console.reset();
    assertEquals(2, Main.run("train", "ner"));
    assertTrue(stderr().contains("--data DIR is required for ner"), stderr());
    console.reset();
    assertEquals(2, Main.run("train", "tagger", "--data", dir.toString(), "--out", dir.resolve("m.gz").toString()));
    assertTrue(stderr().contains("holds no GUM corpus"), stderr());
  }

  @Test
  void evalListsItsTasksAndRejectsUnknownOnes(@TempDir Path dir) {
    assertEquals(0, Main.run("eval", "--list"));
    for (String task : new String[] {"extraction", "clustering", "reuse"}) {
      assertTrue(stdout().lines().anyMatch(l -> l.startsWith(task + " ")), stdout());
    }
    assertEquals(2, Main.run("eval", "nope", "--data", dir.toString()));
    assertTrue(stderr().contains("unknown task \"nope\""), stderr());
    console.reset();
    assertEquals(2, Main.run("eval", "reuse", "--data", dir.toString()));
    assertTrue(stderr().contains("no ECB+/ folder"), stderr());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"digest", "extract", "ingest", "serve", "loadtest"}) {
      console.reset();
      assertEquals(0, Main.run(command, "--help"));
      assertTrue(stdout().contains("Usage: newsdesk " + command), stdout());
    }
  }
}
