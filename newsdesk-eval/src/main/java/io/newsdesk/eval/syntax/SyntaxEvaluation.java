package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.eval.SplitFigures;
import java.io.PrintWriter;
import java.nio.file.Path;
import io.newsdesk.core.language.ConllU;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a part-of-speech tagger on GUM documents it never saw (see {@link GumParts}): UPOS, XPOS and lemma
 * accuracy per genre and overall, beside the most-frequent-tag baseline, and its speed. The test figures are the
 * shipped model's on GUM's own dev list; the dev figures are those of a tuning model trained here, with the same
 * options, on the training documents less the dev part (the shipped model has seen the dev part).
 */
public final class SyntaxEvaluation {

  private final PerceptronTagger tagger;
  private final TaggerTraining training;

  public SyntaxEvaluation(PerceptronTagger tagger, TaggerTraining training) {
    this.tagger = tagger;
    this.training = training;
  }

  public void run(Path data, PrintWriter out) {
    GumParts parts = GumParts.read(data);
    Set<String> seen = new HashSet<>(tagger.trainingDocuments());
    long leaked = parts.test().keySet().stream().filter(seen::contains).count();
    if (leaked > 0) {
      throw new IllegalStateException(leaked + " of the held-out documents were trained on; retrain with "
          + "newsdesk train tagger");
    }
    out.printf(Locale.ROOT, "GUM: test = GUM's own dev list, %d documents, never trained or tuned on; the shipped "
        + "model was trained on %d others%n", parts.test().size(), tagger.trainingDocuments().size());
    out.printf(Locale.ROOT, "dev = %d tuning documents %s, scored by a model trained here on the other %d%n",
        parts.dev().size(), parts.dev().keySet(), parts.train().size());
    long start = System.nanoTime();
    PerceptronTagger tuning = training.train(parts.train(), null);
    out.printf(Locale.ROOT, "(tuning model trained in %.1f s)%n", (System.nanoTime() - start) / 1e9);
    TagScores.of(parts.dev(), tagger::tag); // warms the JIT before the timed run
    TagScores test = TagScores.of(parts.test(), tagger::tag);
    TagScores dev = TagScores.of(parts.dev(), tuning::tag);
    Map<String, List<ConllU.Sentence>> shippedTraining = new TreeMap<>(parts.training());
    shippedTraining.keySet().retainAll(seen);
    TagScores testBase = TagScores.of(parts.test(),
        new MostFrequentTag(GumParts.sentences(shippedTraining))::tag);
    TagScores devBase = TagScores.of(parts.dev(), new MostFrequentTag(GumParts.sentences(parts.train()))::tag);
    out.println();
    out.printf(Locale.ROOT, "%-6s %-10s %7s %6s %6s %6s %9s %9s%n", "part", "genre", "words", "UPOS", "XPOS", "lemma",
        "base-UPOS", "base-XPOS");
    print(out, "test", test, testBase);
    print(out, "dev", dev, devBase);
    out.printf(Locale.ROOT, "%ntagging speed: %.0f tokens/s (one thread, %d words)%n", test.tokensPerSecond(),
        test.all.words);
    out.println(new SplitFigures("syntax")
        .add("upos_accuracy", dev.all.uposAccuracy(), test.all.uposAccuracy())
        .add("xpos_accuracy", dev.all.xposAccuracy(), test.all.xposAccuracy())
        .add("lemma_accuracy", dev.all.lemmaAccuracy(), test.all.lemmaAccuracy())
        .add("baseline_upos_accuracy", devBase.all.uposAccuracy(), testBase.all.uposAccuracy())
        .add("words", dev.all.words, test.all.words)
        .addOther("tokens_per_s", String.format(Locale.ROOT, "%.0f", test.tokensPerSecond())));
  }

  private static void print(PrintWriter out, String part, TagScores scores, TagScores base) {
    scores.byGenre.forEach((genre, c) -> row(out, part, genre, c, base.byGenre.get(genre)));
    row(out, part, "all", scores.all, base.all);
  }

  private static void row(PrintWriter out, String part, String genre, TagScores.Counts c, TagScores.Counts base) {
    out.printf(Locale.ROOT, "%-6s %-10s %7d %6.3f %6.3f %6.3f %9.3f %9.3f%n", part, genre, c.words, c.uposAccuracy(),
        c.xposAccuracy(), c.lemmaAccuracy(), base.uposAccuracy(), base.xposAccuracy());
  }
}
