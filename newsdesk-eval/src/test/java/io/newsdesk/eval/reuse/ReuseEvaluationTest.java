package io.newsdesk.eval.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.eval.data.EcbPlus;
import io.newsdesk.eval.data.EcbPlusTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseEvaluationTest {

  private static final String[] SUBJECTS = {"The harbour board", "A regional court", "The city council",
      "Local farmers", "The transport ministry", "A group of teachers", "The fire brigade", "Two hospital unions"};
  private static final String[] ACTIONS = {"approved a plan to rebuild the old bridge over the river",
      "rejected the appeal filed by the shipping company last spring",
      "announced new rules for trucks crossing the northern border at night",
      "protested against the closure of three rural schools in the valley",
      "signed a deal to buy forty electric buses for the coastal towns",
      "opened an inquiry into the collapse of a warehouse roof near the port"};

  /** Twelve small articles in six topics, written for this test from templates. */
  private static void writeCorpus(Path dir) throws IOException {
    int n = 0;
    for (int topic = 1; topic <= 6; topic++) {
      for (int half = 0; half < 2; half++) {
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
          int k = n * 7 + s * 3;
          sentences.add(SUBJECTS[k % SUBJECTS.length] + " " + ACTIONS[(k / 2) % ACTIONS.length] + " on day "
              + (n * 10 + s) + " of the month in district " + (topic * 100 + s) + " .");
        }
        EcbPlusTest.write(dir, "" + topic, topic + "_" + (half + 1) + (half == 0 ? "ecb" : "ecbplus"), sentences);
        n++;
      }
    }
  }

  @Test
  void theGeneratorIsReproducibleAndPlantsWhatItSays(@TempDir Path dir) throws IOException {
    writeCorpus(dir);
    List<EcbPlus.Article> ecb = EcbPlus.read(dir);
    ReuseCorpus a = new ReuseCorpusGenerator(3, 3, 2).generate(ecb);
    ReuseCorpus b = new ReuseCorpusGenerator(3, 3, 2).generate(ecb);
    assertEquals(a, b);
    assertEquals(3, a.passages().size());
    assertEquals(2, a.reprints().size());
    for (ReuseCorpus.Passage p : a.passages()) {
      String target = a.articles().stream().filter(x -> x.id().equals(p.target())).findFirst().orElseThrow().text();
      assertTrue(p.start() >= 0 && p.end() <= target.length() && p.start() < p.end());
      assertTrue(!p.source().substring(0, p.source().indexOf('_')).equals(p.target().substring(0, p.target().indexOf('_'))),
          "passages go to another topic");
    }
    ReuseCorpus other = new ReuseCorpusGenerator(4, 3, 2).generate(ecb);
    assertTrue(!other.passages().equals(a.passages()));
  }

  @Test
  void runPrintsTheFiguresAndALastSummaryLine(@TempDir Path dir) throws IOException {
    writeCorpus(dir);
    StringWriter text = new StringWriter();
    ReuseEvaluation.Result r = new ReuseEvaluation().run(dir, 5, new PrintWriter(text));
    String[] lines = text.toString().strip().split("\n");
    assertTrue(lines[lines.length - 1].startsWith("seed 5: passage_precision="), text.toString());
    assertTrue(r.planted() > 0);
    assertTrue(r.passageRecall() >= 0 && r.passageRecall() <= 1 && r.passagePrecision() <= 1);
  }
}
