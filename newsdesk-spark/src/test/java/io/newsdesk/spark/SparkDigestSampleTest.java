package io.newsdesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.report.EventJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus on local Spark gives exactly the events of the single-machine digest. */
class SparkDigestSampleTest {

  private static final Path SAMPLES = Path.of("../samples");
  private static List<String> singleMachine;
  private static List<String> singleMachineStories;

  /** The single-machine digest's events, each naming its story as events.json does, and its stories. */
  @BeforeAll
  static void digestOnOneMachine() {
    var result = Digest.standard().run(List.of(SAMPLES), Progress.NONE);
    singleMachine = eventLines(result);
    singleMachineStories = result.stories().stream().map(new EventJson()::storyLine).toList();
  }

  private static List<String> eventLines(io.newsdesk.core.pipeline.DigestResult result) {
    EventJson json = new EventJson();
    java.util.Map<String, String> storyOf = io.newsdesk.core.story.Story.byEvent(result.stories());
    return result.events().stream().map(e -> json.withStory(json.eventLine(e), storyOf.get(e.id()))).toList();
  }

  @Test
  void givesTheSingleMachineEventsExactly() throws Exception {
    SparkDigest.Result result = new SparkDigest(SparkDigestSettings.standard(3)).run(LocalSpark.context(),
        List.of(SAMPLES.toString()));

    assertEquals(31, result.articles());
    assertEquals(singleMachine, result.events().map(AssembledEvent::json).collect());
    EventJson json = new EventJson();
    assertEquals(singleMachineStories, result.stories().stream().map(json::storyLine).toList());
  }

  @Test
  void summariesKeepTheDigestsLimits() throws Exception {
    List<String> shortOnOneMachine = eventLines(new Digest(CorpusReader.standard(), new JunkLineFilter(),
        new NeighbourGraphClusterer(), Gazetteer.countries(), 2, 30).run(List.of(SAMPLES), Progress.NONE));
    SparkDigestSettings brief = new SparkDigestSettings(NeighbourGraphClusterer.DEFAULT_THRESHOLD,
        (int) NeighbourGraphClusterer.DEFAULT_WINDOW.toDays(), 2, 30, 16L << 20, SparkDigestSettings.DEFAULT_BLOCK_DAYS, 3);
    SparkDigest.Result result = new SparkDigest(brief).run(LocalSpark.context(), List.of(SAMPLES.toString()));

    assertEquals(shortOnOneMachine, result.events().map(AssembledEvent::json).collect());
    assertTrue(!shortOnOneMachine.equals(singleMachine), "the limits shorten the summaries");
  }

  @Test
  void blocksOfTwoDaysGiveTheSameEvents() throws Exception {
    // the sample events run over two and three days: with two-day blocks nearly every event crosses a border
    SparkDigestSettings small = new SparkDigestSettings(0.12, 3, CentralitySummarizer.DEFAULT_MAX_SENTENCES,
        CentralitySummarizer.DEFAULT_MAX_WORDS, 16L << 20,
        2, 4);
    SparkDigest.Result result = new SparkDigest(small).run(LocalSpark.context(), List.of(SAMPLES.toString()));

    assertEquals(singleMachine, result.events().map(AssembledEvent::json).collect());
  }

  @Test
  void writesJsonLinesAndParquet(@TempDir Path out) throws Exception {
    SparkDigest.Result result = new SparkDigest(SparkDigestSettings.standard(2)).run(LocalSpark.context(),
        List.of(SAMPLES.toString()));

    SparkDigestMain.write(LocalSpark.session(), result, out.toString());

    List<String> lines;
    try (Stream<Path> parts = Files.list(out.resolve("events.jsonl"))) {
      lines = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .flatMap(p -> {
            try {
              return Files.readAllLines(p).stream();
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).toList();
    }
    assertEquals(singleMachine, lines);
    assertEquals(singleMachineStories, Files.readAllLines(out.resolve("stories.jsonl")));
    List<Row> rows = LocalSpark.session().read().parquet(out.resolve("events.parquet").toString())
        .select("id", "articles").collectAsList();
    assertEquals(singleMachine.size(), rows.size());
    assertTrue(rows.stream().allMatch(r -> r.getList(1).size() >= 1));
  }
}
