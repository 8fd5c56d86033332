package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.eval.SplitFigures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a part-of-speech tagger on GUM documents it never saw (see {@link GumParts}): UPOS, XPOS and lemma
 * accuracy per genre and overall, beside the most-frequent-tag baseline, and its speed.
 */
public final class SyntaxEvaluation {

  private final PerceptronTagger tagger;

  public SyntaxEvaluation(PerceptronTagger tagger) {
    this.tagger = tagger;
  }

  public void run(Path data, PrintWriter out) {
    GumParts parts = GumParts.read(data);
    Set<String> seen = new HashSet<>(tagger.trainingDocuments());
    long leaked = parts.test().keySet().stream().filter(seen::contains).count()
        + parts.dev().keySet().stream().filter(seen::contains).count();
    if (leaked > 0) {
      throw new IllegalStateException(leaked + " of the evaluated documents were trained on; retrain with "
          + "newsdesk train tagger");
    }
    out.printf(Locale.ROOT, "GUM: held-out test part = GUM's own dev list, %d documents; dev part (tuning) = %d "
        + "documents; the model was trained on %d others, none of these%n", parts.test().size(), parts.dev().size(),
        tagger.trainingDocuments().size());
    MostFrequentTag baseline = new MostFrequentTag(GumParts.sentences(parts.train()));
    TagScores.of(parts.dev(), tagger::tag); // warms the JIT before the timed run
    TagScores test = TagScores.of(parts.test(), tagger::tag);
    TagScores dev = TagScores.of(parts.dev(), tagger::tag);
    TagScores testBase = TagScores.of(parts.test(), baseline::tag);
    TagScores devBase = TagScores.of(parts.dev(), baseline::tag);
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
