package io.newsdesk.eval.ner;

import io.newsdesk.core.language.ner.EntityType;
import io.newsdesk.core.language.ner.LabelledSentence;
import io.newsdesk.core.language.ner.NameTyper;
import io.newsdesk.core.language.ner.NameWords;
import io.newsdesk.core.language.ner.PerceptronNameTyper;
import io.newsdesk.core.language.ner.PlaceNames;
import io.newsdesk.core.language.ner.WordClusters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code newsdesk train typer}: chooses the number of passes on the tuning part of the NER training documents (fit
 * on the rest), fits the name typer on every training document and writes it; then reads the held-out documents'
 * names (gold spans, and capitalised runs that are no name) and prints how often the type is right.
 */
public final class NameTyperTraining {

  static final List<Integer> EPOCHS = List.of(5, 10, 20);

  private NameTyperTraining() {}

  public static void run(Path data, Path target, PlaceNames places, PrintWriter out) throws IOException {
    NerCorpus corpus = NerCorpus.read(data);
    WordClusters clusters = WordClusters.load();
    NameWords names = NameWords.load();
    List<LabelledSentence> fit = corpus.trainingPart(false);
    List<LabelledSentence> tune = corpus.trainingPart(true);
    int chosen = EPOCHS.get(0);
    double bestAccuracy = -1;
    for (int epochs : EPOCHS) {
      double accuracy = score(PerceptronNameTyper.train(fit, epochs, places, clusters, names), tune).accuracy();
      out.printf(Locale.ROOT, "tuning: %d passes: tune accuracy %.3f%n", epochs, accuracy);
      out.flush();
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        chosen = epochs;
      }
    }
    long start = System.nanoTime();
    PerceptronNameTyper typer = PerceptronNameTyper.train(corpus.training(), chosen, places, clusters, names);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    try (OutputStream o = Files.newOutputStream(target)) {
      typer.write(o);
    }
    out.printf(Locale.ROOT, "trained on %d sentences, %d passes, in %.1f s: %d features; wrote %s (%d bytes)%n",
        corpus.training().size(), chosen, seconds, typer.featureCount(), target, Files.size(target));
    List<LabelledSentence> heldOut = new ArrayList<>(corpus.gumTest());
    heldOut.addAll(corpus.unerTest());
    Typing test = score(typer, heldOut);
    out.printf(Locale.ROOT, "held out (%d names and capitalised runs): accuracy %.3f; %s%n", test.total(),
        test.accuracy(), test.perType());
    out.printf(Locale.ROOT, "train typer: passes=%d test_accuracy=%.3f tune_accuracy=%.3f model_bytes=%d%n", chosen,
        test.accuracy(), bestAccuracy, Files.size(target));
  }

  /** How a typer did on the names of some sentences: right and total, and per type precision and recall. */
  public record Typing(int right, int total, int[] gold, int[] guessed, int[] both) {
    public double accuracy() {
      return total == 0 ? 0 : (double) right / total;
    }

    public String perType() {
      StringBuilder b = new StringBuilder();
      String[] names = {"PER", "ORG", "LOC", "none"};
      for (int c = 0; c < names.length; c++) {
        double p = guessed[c] == 0 ? 0 : (double) both[c] / guessed[c];
        double r = gold[c] == 0 ? 0 : (double) both[c] / gold[c];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        b.append(String.format(Locale.ROOT, "%s F1 %.3f (%d)%s", names[c], f, gold[c], c < 3 ? ", " : ""));
      }
      return b.toString();
    }
  }

  /** Scores {@code typer} on the gold names and capitalised non-names of {@code sentences}. */
  public static Typing score(NameTyper typer, List<LabelledSentence> sentences) {
    int[] gold = new int[4];
    int[] guessed = new int[4];
    int[] both = new int[4];
    int right = 0;
    int total = 0;
    for (PerceptronNameTyper.Example e : PerceptronNameTyper.examples(sentences)) {
      EntityType t = typer.read(e.sentence().tokens(), e.start(), e.end()).type();
      int g = index(e.type());
      int p = index(t);
      gold[g]++;
      guessed[p]++;
      total++;
      if (g == p) {
        both[g]++;
        right++;
      }
    }
    return new Typing(right, total, gold, guessed, both);
  }

  private static int index(EntityType t) {
    return t == null ? 3 : t.ordinal();
  }
}
