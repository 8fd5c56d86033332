package io.newsdesk.eval.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.core.language.PerceptronTrainer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntaxEvaluationTest {

  /** A GUM folder written for this test: three documents per genre, one of them on GUM's dev list. */
  private static Path tinyGum(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("dep"));
    String[][] nouns = {{"dog", "cat", "cow"}, {"bird", "fish", "horse"}};
    String[] genres = {"news", "bio"};
    StringBuilder splits = new StringBuilder();
    for (int g = 0; g < genres.length; g++) {
      for (int d = 0; d < 3; d++) {
        String name = "GUM_" + genres[g] + "_doc" + d;
        StringBuilder text = new StringBuilder("# newdoc id = " + name + "\n");
        for (String noun : nouns[g]) {
          text.append(line(1, "The", "the", "DET", "DT")).append(line(2, noun, noun, "NOUN", "NN"))
              .append(line(3, "sleeps", "sleep", "VERB", "VBZ")).append(line(4, ".", ".", "PUNCT", ".")).append('\n');
        }
        Files.writeString(dir.resolve("dep").resolve(name + ".conllu"), text);
        splits.append(d == 2 ? "dev " : "train ").append(name).append('\n');
      }
    }
    Files.writeString(dir.resolve("splits.txt"), splits);
    return dir;
  }

  private static String line(int id, String form, String lemma, String upos, String xpos) {
    return id + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t0\troot\t_\t_\n";
  }

  @Test
  void cutsGumIntoTrainDevAndGumsOwnDevListAsTest(@TempDir Path dir) throws Exception {
    GumParts parts = GumParts.read(tinyGum(dir));
    assertEquals(List.of("GUM_bio_doc2", "GUM_news_doc2"), List.copyOf(parts.test().keySet()));
    assertEquals(List.of("GUM_bio_doc0", "GUM_news_doc0"), List.copyOf(parts.dev().keySet()));
    assertEquals(List.of("GUM_bio_doc1", "GUM_news_doc1"), List.copyOf(parts.train().keySet()));
    assertEquals("news", GumParts.genre("GUM_news_iodine"));
  }

  @Test
  void trainsAModelAndScoresItOnDocumentsItNeverSaw(@TempDir Path dir) throws Exception {
    Path gum = tinyGum(dir.resolve("gum"));
    Path model = dir.resolve("model.bin.gz");
    StringWriter training = new StringWriter();
    TaggerTraining trainer = new TaggerTraining(new PerceptronTrainer.Options(3, 17L, 20, 0.97, 0.0, 2, 1), false);
    trainer.run(dir, model, new PrintWriter(training));
    assertTrue(training.toString().contains("GUM: 4 training documents"), training.toString());
    PerceptronTagger tagger;
    try (var in = Files.newInputStream(model)) {
      tagger = PerceptronTagger.read(in);
    }
    assertEquals(List.of("GUM_bio_doc0", "GUM_bio_doc1", "GUM_news_doc0", "GUM_news_doc1"),
        tagger.trainingDocuments(), "the shipped model is trained on train and dev, never on test");
    StringWriter printed = new StringWriter();
    new SyntaxEvaluation(tagger, trainer).run(gum, new PrintWriter(printed, true));
    List<String> lines = printed.toString().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith("syntax: test_upos_accuracy=1.000 "), last);
    assertTrue(last.contains(" dev_upos_accuracy=") && last.contains(" tokens_per_s="), last);
  }

  @Test
  void refusesAModelTrainedOnTheDocumentsItWouldScore(@TempDir Path dir) throws Exception {
    Path gum = tinyGum(dir);
    GumParts parts = GumParts.read(gum);
    PerceptronTagger leaky = new PerceptronTrainer(new PerceptronTrainer.Options(1, 17L, 20, 0.97, 0.0, 2, 1))
        .train(GumParts.sentences(parts.test()), List.copyOf(parts.test().keySet()), null);
    assertThrows(IllegalStateException.class,
        () -> new SyntaxEvaluation(leaky, new TaggerTraining()).run(gum, new PrintWriter(new StringWriter())));
  }
}
