package io.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.store.EventQuery;
import io.newsdesk.core.store.LuceneEventStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an ingest: every batch committed before the kill is there, the store opens cleanly,
 * and a second ingest of the same input completes the work, each article in exactly one event.
 */
class IngestKillTest {

  private static final int ARTICLES = 1200;
  private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) articles");

  @TempDir
  Path dir;

  @Test
  void aKilledIngestLosesNoCommittedArticleAndASecondOneCompletesTheWork() throws Exception {
    Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
    Path store = dir.resolve("store");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", "--store", store.toString(), "--batch", "100", corpus.toString())
        .redirectErrorStream(true).start();
    long committedBeforeKill = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        Matcher m = COMMITTED.matcher(line);
        if (m.find()) {
          committedBeforeKill = Long.parseLong(m.group(1));
          if (committedBeforeKill >= 300) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, in the middle of the next batch
            break;
          }
        }
      }
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertTrue(committedBeforeKill >= 300 && committedBeforeKill < ARTICLES,
        "killed in the middle, after " + committedBeforeKill + " articles");
    System.out.println("Kill test: SIGKILL after " + committedBeforeKill + " of " + ARTICLES + " articles committed");

    try (LuceneEventStore opened = LuceneEventStore.openReadOnly(store)) {
      long kept = opened.stats().articles();
      assertTrue(kept >= committedBeforeKill, "kept " + kept + " of " + committedBeforeKill + " committed");
      System.out.println("Kill test: the store opened cleanly with " + kept + " articles");
    }

    assertEquals(0, Main.run("ingest", "--store", store.toString(), "--batch", "100", corpus.toString()));

    try (LuceneEventStore done = LuceneEventStore.openReadOnly(store)) {
      assertEquals(ARTICLES, done.stats().articles());
      Set<String> placed = new HashSet<>();
      int offset = 0;
      for (List<Event> page; !(page = done.events(EventQuery.latest(offset, EventQuery.MAX_LIMIT)).items()).isEmpty();
           offset += page.size()) {
        page.forEach(e -> e.articles().forEach(a -> assertTrue(placed.add(a.id()), a.id() + " in two events")));
      }
      assertEquals(ARTICLES, placed.size(), "every article in exactly one event");
      System.out.println("Kill test: the second ingest completed: " + ARTICLES + " articles in "
          + done.stats().events() + " events");
    }
  }

  /** Articles about invented events, a few per event, a few events a day, in time order like a crawl. */
  private static Path writeCorpus(Path file) throws Exception {
    Random random = new Random(8);
    String[] places = {"Arlen", "Bexmoor", "Calder", "Dunmore", "Elsby", "Farrow", "Glenholt", "Harwick", "Islay",
        "Jarrow", "Kelso", "Lorne", "Morven", "Nairn", "Oban", "Pembry", "Quarry Bay", "Rosslyn", "Strathy", "Tain"};
    String[] kinds = {"bridge collapse", "warehouse fire", "port strike", "flash flood", "council vote",
        "factory explosion", "rail crash", "dam breach", "mine accident", "ferry sinking", "market blaze",
        "power outage"};
    String[] outlets = {"Wire One", "Daily Two", "Post Three", "Times Four"};
    ObjectMapper json = new ObjectMapper();
    Instant t = Instant.parse("2025-01-01T06:00:00Z");
    int n = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int event = 0; n < ARTICLES; event++) {
        String place = places[random.nextInt(places.length)];
        String kind = kinds[random.nextInt(kinds.length)];
        int dead = 2 + random.nextInt(40);
        t = t.plus(3 + random.nextInt(6), ChronoUnit.HOURS);
        for (int k = 0; k < 3 && n < ARTICLES; k++, n++) {
          ObjectNode a = json.createObjectNode();
          a.put("id", "e" + event + "-a" + k);
          a.put("title", "Deadly " + kind + " in " + place + " number " + event);
          a.put("outlet", outlets[(event + k) % outlets.length]);
          a.put("published", t.plus(k * 2L, ChronoUnit.HOURS).toString());
          a.put("text", "At least " + dead + " people died in a " + kind + " in " + place + " on event day " + event
              + ", officials said. Rescuers searched the " + kind + " site in " + place + " through the night. "
              + "Case " + event + " code Z" + (event * 7919 % 100_000) + " was opened by the " + place + " police.");
          w.write(json.writeValueAsString(a));
          w.write('\n');
        }
      }
    }
    return file;
  }
}
