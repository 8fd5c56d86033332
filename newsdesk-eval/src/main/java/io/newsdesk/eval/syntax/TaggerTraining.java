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
 * {@code newsdesk train tagger}: trains the part-of-speech tagger on GUM (see {@link GumParts}). First a tuning
 * model on the train part, scored on the dev part after every pass (the figures the options were chosen by); then
 * the model that ships, on train and dev together, written out. GUM's own dev list is never read here but to
 * leave it out.
 */
public final class TaggerTraining {

  private final PerceptronTrainer.Options options;
  /** Whether the training sentences are also read rewritten as headlines ({@link HeadlineStyle}). */
  private final boolean headlines;

  public TaggerTraining(PerceptronTrainer.Options options, boolean headlines) {
    this.options = options;
    this.headlines = headlines;
  }

  /** The shipped prose tagger's training: GUM's sentences as they are. */
  public TaggerTraining() {
    this(PerceptronTrainer.Options.defaults(), false);
  }

  /**
   * The shipped headline tagger's training: GUM's sentences, and those that make a headline rewritten as one
   * ({@link HeadlineStyle}).
   */
  public static TaggerTraining forHeadlines() {
    return new TaggerTraining(PerceptronTrainer.Options.defaults(), true);
  }

  /** Trains on GUM under {@code data} and writes the model to {@code model}. */
  public PerceptronTagger run(Path data, Path model, PrintWriter out) throws IOException {
    Path parent = model.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("--out: the folder " + parent + " does not exist");
    }
    GumParts parts = GumParts.read(data);
    out.printf(Locale.ROOT, "GUM: %d training documents (dev part for tuning: %s); held out for eval syntax: %d "
        + "documents (GUM's dev list)%n", parts.training().size(), parts.dev().keySet(), parts.test().size());
    out.printf(Locale.ROOT, "options: %s%n", options);
    out.printf(Locale.ROOT, "tuning model, trained on the %d other training documents (passes of the first of %d "
        + "shuffles, then their mean):%n", parts.train().size(), options.shuffles());
    long tuningStart = System.nanoTime();
    PerceptronTagger tuning = train(parts.train(), (pass, accuracy, snapshot) -> out.printf(Locale.ROOT,
        "  pass %d: train UPOS+XPOS accuracy %.4f, dev UPOS accuracy %.4f%n", pass, accuracy,
        TagScores.of(parts.dev(), snapshot::tag).all.uposAccuracy()));
    TagScores dev = TagScores.of(parts.dev(), tuning::tag);
    out.printf(Locale.ROOT, "  trained in %.1f s; dev UPOS %.4f XPOS %.4f lemma %.4f%n",
        (System.nanoTime() - tuningStart) / 1e9, dev.all.uposAccuracy(), dev.all.xposAccuracy(),
        dev.all.lemmaAccuracy());
    List<ConllU.Sentence> all = GumParts.sentences(parts.training());
    out.printf(Locale.ROOT, "shipped model, trained on all %d training documents (%d sentences, %d words%s):%n",
        parts.training().size(), all.size(), all.stream().mapToLong(s -> s.tokens().size()).sum(), headlines
            ? String.format(Locale.ROOT, "; and %d of them rewritten as headlines",
                GumParts.sentences(HeadlineStyle.withHeadlines(parts.training())).size() - all.size())
            : "");
    long start = System.nanoTime();
    PerceptronTagger tagger = train(parts.training(), (pass, accuracy, snapshot) -> out.printf(Locale.ROOT,
        "  pass %d: train UPOS+XPOS accuracy %.4f%n", pass, accuracy));
    double seconds = (System.nanoTime() - start) / 1e9;
    try (OutputStream file = Files.newOutputStream(model)) {
      tagger.write(file);
    }
    out.printf(Locale.ROOT, "  trained in %.1f s; %d features%n", seconds, tagger.featureCount());
    out.printf(Locale.ROOT, "model written to %s (%d bytes)%n", model, Files.size(model));
    out.flush();
    return tagger;
  }

  /** A model trained on {@code documents} with these options. */
  PerceptronTagger train(java.util.Map<String, List<ConllU.Sentence>> documents,
                         PerceptronTrainer.PassListener afterPass) {
    java.util.Map<String, List<ConllU.Sentence>> read = headlines ? HeadlineStyle.withHeadlines(documents) : documents;
    return new PerceptronTrainer(options).train(GumParts.sentences(read), new ArrayList<>(documents.keySet()),
        afterPass);
  }
}
