package io.newsdesk.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SummarySentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the project's sample corpus, whose planted events are listed beside it. */
class DigestTest {

  private static final Path SAMPLES = Path.of("../samples");

  @Test
  void findsExactlyThePlantedEventsOfTheSampleCorpus() throws IOException {
    Map<String, String> planted = planted();
    DigestResult result = Digest.standard().run(List.of(SAMPLES), Progress.NONE);

    assertEquals(planted.size(), result.articles());
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    Set<Set<String>> expected = new HashSet<>(planted.keySet().stream()
        .collect(Collectors.groupingBy(planted::get, Collectors.toCollection(TreeSet::new))).values());
    Set<Set<String>> found = result.events().stream()
        .map(e -> e.articles().stream().map(Article::id).collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
    assertEquals(expected, found);
  }

  @Test
  void everyEventIsCitedDatedAndNewestFirst() {
    DigestResult result = Digest.standard().run(List.of(SAMPLES), Progress.NONE);
    Event previous = null;
    for (Event e : result.events()) {
      assertTrue(!e.headline().isBlank() && !e.summary().isEmpty(), e.id());
      Set<String> ids = e.articles().stream().map(Article::id).collect(Collectors.toSet());
      for (SummarySentence s : e.summary()) {
        assertTrue(ids.containsAll(s.sources()), "summary cites only the event's articles");
      }
      if (previous != null) {
        assertTrue(Digest.NEWEST_FIRST.compare(previous, e) < 0);
      }
      previous = e;
    }
  }

  @Test
  void theSameInputGivesTheSameEvents() {
    List<Event> first = Digest.standard().run(List.of(SAMPLES), Progress.NONE).events();
    List<Event> second = Digest.standard().run(List.of(SAMPLES), Progress.NONE).events();
    assertEquals(first, second);
  }

  @Test
  void readingByRulesAloneGroupsTheSameArticles() {
    Digest rulesOnly = new Digest(io.newsdesk.core.ingest.CorpusReader.standard(),
        new io.newsdesk.core.clean.JunkLineFilter(), new io.newsdesk.core.cluster.NeighbourGraphClusterer(),
        io.newsdesk.core.facts.Gazetteer.countries(), 5, 120, false);
    // grouping reads terms, not the language models: the events hold the same articles either way
    assertEquals(articleSets(Digest.standard().run(List.of(SAMPLES), Progress.NONE).events()),
        articleSets(rulesOnly.run(List.of(SAMPLES), Progress.NONE).events()));
  }

  private static Set<Set<String>> articleSets(List<Event> events) {
    return events.stream().map(e -> e.articles().stream().map(Article::id).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  void oddInputIsReportedAndTheRestIsDigested(@TempDir Path dir) throws IOException {
    Files.copy(SAMPLES.resolve("wire.jsonl"), dir.resolve("wire.jsonl"));
    Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
    Files.createFile(dir.resolve("empty.json"));
    DigestResult result = Digest.standard().run(List.of(dir), Progress.NONE);
    assertEquals(2, result.problems().size(), result.problems().toString());
    assertTrue(result.articles() > 0 && !result.events().isEmpty());
  }

  @Test
  void noInputGivesNoEvents() {
    DigestResult result = Digest.standard().digest(List.of(), Progress.NONE);
    assertTrue(result.events().isEmpty());
  }

  private static Map<String, String> planted() throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> lines = Files.readAllLines(SAMPLES.resolve("planted-events.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.split("\t");
        out.put(f[1], f[0]);
      }
    }
    return out;
  }
}
