package io.newsdesk.eval.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.cluster.SinglePassClusterer;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.data.EcbPlusTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusteringEvaluationTest {

  private static final String[][] EVENTS = {
      {"earthquake", "struck", "mountain", "village", "Ardel", "rubble", "rescuers"},
      {"flood", "river", "Belmora", "levee", "evacuated", "rain", "homes"},
      {"election", "parliament", "Corvia", "votes", "coalition", "minister", "ballots"},
      {"airline", "merger", "shareholders", "Dunmark", "carrier", "deal", "routes"}};

  /** Four articles per event; the last two events' articles are dated, two of them at the same time. */
  private static List<LabelledArticle> fixture(Split.Part[] parts) {
    List<LabelledArticle> out = new ArrayList<>();
    for (int e = 0; e < EVENTS.length; e++) {
      for (int a = 0; a < 4; a++) {
        String[] w = EVENTS[e];
        String text = String.format("The %s %s the %s %s of %s. The %s and %s were seen on day %d.", w[0], w[1], w[2],
            w[3], w[4], w[5], w[6], a);
        Instant published = e < 2 ? null : Instant.parse("2020-03-0" + (1 + a % 2) + "T10:00:00Z");
        Article article = new Article("file" + e + "_" + a, "file" + e + "_" + a, null, null, published, null, "en",
            text);
        out.add(new LabelledArticle(article, "event" + e, parts[e]));
      }
    }
    return out;
  }

  private static List<ClusteringEvaluation.LabelledDocument> analysed(List<LabelledArticle> articles) {
    return ClusteringEvaluation.analyse(new ClusteringDatasets.Dataset("event", articles));
  }

  /** The same documents, their gold labels shuffled among them. */
  private static List<ClusteringEvaluation.LabelledDocument> labelsPermuted(
      List<ClusteringEvaluation.LabelledDocument> docs) {
    List<ClusteringEvaluation.LabelledDocument> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      String otherLabel = docs.get((i * 7 + 3) % docs.size()).event();
      out.add(new ClusteringEvaluation.LabelledDocument(docs.get(i).document(), otherLabel, docs.get(i).part()));
    }
    return out;
  }

  /** A system that clusters nothing and notes the texts it was fed, and their ids, run after run. */
  private static final class Recorder {
    final List<List<String>> texts = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

    ClusteringSystem system() {
      return ClusteringSystem.blind("recorder", arrived -> {
        texts.add(arrived.stream().map(d -> d.article().text()).toList());
        arrived.forEach(d -> ids.add(d.id()));
        return arrived.stream().map(Document::id).toList();
      });
    }
  }

  @Test
  void theArrivalOrderIsTheSameWhateverTheLabels() {
    Split.Part[] parts = {Split.Part.DEV, Split.Part.DEV, Split.Part.DEV, Split.Part.DEV};
    List<ClusteringEvaluation.LabelledDocument> docs = analysed(fixture(parts));
    Recorder asLabelled = new Recorder();
    Recorder permuted = new Recorder();
    ClusteringEvaluation.runs(docs, asLabelled.system(), Split.Part.DEV);
    ClusteringEvaluation.runs(labelsPermuted(docs), permuted.system(), Split.Part.DEV);
    assertEquals(ArrivalOrder.SEEDS.size(), asLabelled.texts.size());
    assertEquals(asLabelled.texts, permuted.texts);
    for (long seed : ArrivalOrder.SEEDS) {
      assertEquals(ArrivalOrder.of(docs, d -> d.document().article().published(), seed).stream()
              .map(d -> d.document().id()).toList(),
          ArrivalOrder.of(labelsPermuted(docs), d -> d.document().article().published(), seed).stream()
              .map(d -> d.document().id()).toList());
    }
  }

  @Test
  void documentsArriveInPublicationOrderWithTiesShuffledBySeed() {
    Split.Part[] parts = {Split.Part.DEV, Split.Part.DEV, Split.Part.DEV, Split.Part.DEV};
    Recorder r = new Recorder();
    ClusteringEvaluation.runs(analysed(fixture(parts)), r.system(), Split.Part.DEV);
    for (List<String> run : r.texts) {
      // dated first, day 1 before day 2 (days 0 and 2 on the 1st, 1 and 3 on the 2nd), the undated last
      List<String> dated = run.subList(0, 8);
      assertTrue(dated.subList(0, 4).stream().allMatch(t -> t.contains("day 0") || t.contains("day 2")), run::toString);
      assertTrue(dated.subList(4, 8).stream().allMatch(t -> t.contains("day 1") || t.contains("day 3")), run::toString);
      assertTrue(run.subList(8, 16).stream().allMatch(t -> t.contains("Ardel") || t.contains("Belmora")));
    }
    assertEquals(ArrivalOrder.SEEDS.size(), new HashSet<>(r.texts).size(), "each seed shuffles the ties anew");
    // the ids fed are arrival numbers: none names a file, whose name may hold a dataset's labels
    assertTrue(r.ids.stream().allMatch(id -> id.matches("a\\d{6}")), r.ids.toString());
  }

  @Test
  void eachPartIsClusteredOnItsOwnAndBothAreReportedOverFiveSeeds() {
    Split.Part[] parts = {Split.Part.DEV, Split.Part.TEST, Split.Part.DEV, Split.Part.TEST};
    List<ClusteringEvaluation.LabelledDocument> docs = analysed(fixture(parts));
    Recorder r = new Recorder();
    List<ClusteringSystem> systems = List.of(ClusteringSystem.of("newsdesk", new NeighbourGraphClusterer()),
        ClusteringSystem.of("tfidf-single-pass", new SinglePassClusterer()), r.system(),
        ClusteringSystem.oracle("oracle", (arrived, trueEvents) -> arrived.stream().map(d -> "x").toList()));
    List<SeedRuns> dev = ClusteringEvaluation.evaluate(docs, systems, Split.Part.DEV);
    List<SeedRuns> test = ClusteringEvaluation.evaluate(docs, systems, Split.Part.TEST);
    assertTrue(dev.stream().allMatch(s -> s.runs().size() == 5) && test.stream().allMatch(s -> s.runs().size() == 5));
    // the recorder saw, in each of its ten runs, one part's eight articles and none of the other's
    assertEquals(10, r.texts.size());
    for (List<String> run : r.texts) {
      assertEquals(8, run.size());
      boolean devRun = run.stream().anyMatch(t -> t.contains("Ardel"));
      assertTrue(run.stream().allMatch(t -> devRun == (t.contains("Ardel") || t.contains("Corvia"))), run.toString());
    }
    assertEquals(2, dev.get(0).goldEvents());
    assertEquals(1.0, dev.get(0).mean(ClusterScores::bcubedF1), 1e-9, "two distinct events are told apart");

    StringWriter text = new StringWriter();
    ClusteringEvaluation.print(dev, test, new PrintWriter(text));
    String[] lines = text.toString().strip().split("\n");
    String last = lines[lines.length - 1];
    assertTrue(last.startsWith("clustering: test_bcubed_f1="), last);
    for (String key : List.of("test_bcubed_f1_worst=", "dev_bcubed_f1=", "dev_pair_f1=", "test_events=",
        "test_tfidf_single_pass_bcubed_f1=", "dev_tfidf_single_pass_bcubed_f1_worst=", "seeds=5")) {
      assertTrue(last.contains(key), key + " in " + last);
    }
    assertTrue(text.toString().contains("oracle *"), "an oracle is marked as such");
    assertTrue(text.toString().contains("dev (mean") && text.toString().contains("test (mean"));
  }

  @Test
  void ecbPlusIsSplitByTopic(@TempDir Path dir) throws IOException {
    for (String topic : List.of("1", "2", "3")) {
      EcbPlusTest.write(dir, topic, topic + "_1ecb", List.of("A storm hit the coast of topic " + topic + " ."));
      EcbPlusTest.write(dir, topic, topic + "_1ecbplus", List.of("A fire hit the town of topic " + topic + " ."));
    }
    ClusteringDatasets.Dataset ecb = ClusteringDatasets.read(dir);
    assertEquals("topic", ecb.unit());
    assertEquals(6, ecb.articles().size());
    for (LabelledArticle a : ecb.articles()) {
      String topic = a.event().substring(0, a.event().indexOf('/'));
      assertEquals(Split.of(topic), a.part(), a.event());
    }
    // topic 1 falls in test, 2 and 3 in dev
    assertEquals(Set.of(Split.Part.DEV, Split.Part.TEST),
        Set.copyOf(ecb.articles().stream().map(LabelledArticle::part).toList()));
  }

  @Test
  void givemeIsSplitByEventAndKeepsItsUnlabelledArticleAsAnEventOfItsOwn(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.json"), "{\"dId\": \"a\", \"category\": \"f1\", \"text\": \"A storm hit.\"}");
    Files.writeString(data.resolve("b.json"), "{\"dId\": \"b\", \"category\": \"f1\", \"text\": \"The storm hit.\"}");
    Files.writeString(data.resolve("c.json"), "{\"dId\": \"c\", \"text\": \"A fire broke out.\"}");
    ClusteringDatasets.Dataset giveme = ClusteringDatasets.read(dir);
    assertEquals("event", giveme.unit());
    assertEquals(List.of("f1", "f1", "article/c"), giveme.articles().stream().map(LabelledArticle::event).toList());
    assertEquals(Split.Part.TEST, giveme.articles().get(0).part()); // f1: test, as Split's comment works out
  }
}
