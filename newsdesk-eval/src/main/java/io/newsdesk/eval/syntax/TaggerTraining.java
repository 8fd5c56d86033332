package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.ConllU;
import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.core.language.PerceptronTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code newsdesk train tagger}: trains the part-of-speech tagger on GUM's training documents (see
 * {@link GumParts}), printing each pass's training accuracy and dev accuracy, and writes the model.
 */
public final class TaggerTraining {

  private final PerceptronTrainer.Options options;

  public TaggerTraining(PerceptronTrainer.Options options) {
    this.options = options;
  }

  public TaggerTraining() {
    this(PerceptronTrainer.Options.defaults());
  }

  /** Trains on GUM under {@code data} and writes the model to {@code model}. */
  public PerceptronTagger run(Path data, Path model, PrintWriter out) throws IOException {
    GumParts parts = GumParts.read(data);
    List<ConllU.Sentence> train = GumParts.sentences(parts.train());
    long words = train.stream().mapToLong(s -> s.tokens().size()).sum();
    out.printf(Locale.ROOT, "training on %d GUM documents (%d sentences, %d words); dev: %s; held out for eval: %d "
            + "documents (GUM's dev list)%n", parts.train().size(), train.size(), words, parts.dev().keySet(),
        parts.test().size());
    out.printf(Locale.ROOT, "options: %s%n", options);
    long start = System.nanoTime();
    PerceptronTagger tagger = new PerceptronTrainer(options).train(train, new ArrayList<>(parts.train().keySet()),
        (pass, accuracy, snapshot) -> out.printf(Locale.ROOT, "pass %d: train UPOS+XPOS accuracy %.4f, dev UPOS "
            + "accuracy %.4f%n", pass, accuracy, TagScores.of(parts.dev(), snapshot::tag).all.uposAccuracy()));
    double seconds = (System.nanoTime() - start) / 1e9;
    TagScores dev = TagScores.of(parts.dev(), tagger::tag);
    Path parent = model.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("--out: the folder " + parent + " does not exist");
    }
    try (OutputStream file = Files.newOutputStream(model)) {
      tagger.write(file);
    }
    out.printf(Locale.ROOT, "trained in %.1f s; %d features; dev UPOS %.4f XPOS %.4f lemma %.4f%n", seconds,
        tagger.featureCount(), dev.all.uposAccuracy(), dev.all.xposAccuracy(), dev.all.lemmaAccuracy());
    out.printf(Locale.ROOT, "model written to %s (%d bytes)%n", model, Files.size(model));
    out.flush();
    return tagger;
  }
}
