package io.newsdesk.eval.ner;

import io.newsdesk.core.embed.WordEmbedder;
import io.newsdesk.core.language.ner.ContextProbe;
import io.newsdesk.core.language.ner.LabelledSentence;
import io.newsdesk.core.language.ner.PerceptronEntityRecognizer;
import io.newsdesk.core.language.ner.TrainingHints;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code newsdesk train ner}: chooses the number of passes, then the outside bias, on the tuning
 * part of the training documents (fit on the rest), then fits the model on every training document and writes it
 * with the chosen decoding. With a word embedder in the resources, the context probe is made once for the fit
 * part (and scored alone on the tuning part) and once for every training document, and each sentence's word
 * vectors are computed once. Held-out documents are never read here beyond being set aside.
 */
public final class NerTraining {

  /** The passes tried when none is given. */
  static final List<Integer> EPOCHS = List.of(5, 10, 15);
  /** The outside biases tried (in units of one perceptron update, summed over a token's features). */
  static final List<Float> BIASES = List.of(0f, 8f, 16f, 24f, 32f);

  private NerTraining() {}

  /** Trains and writes the model to {@code target}; {@code epochs} 0 chooses them on the tuning part. */
  public static void run(Path data, Path target, int epochs, PerceptronEntityRecognizer.Resources given,
      PrintWriter out) throws IOException {
    NerCorpus corpus = NerCorpus.read(data);
    WordEmbedder words = given.words() == null ? null : given.words().remembering();
    PerceptronEntityRecognizer.Resources resources = new PerceptronEntityRecognizer.Resources(given.places(),
        given.clusters(), given.tagger(), given.names(), words);
    List<LabelledSentence> fit = corpus.trainingPart(false);
    List<LabelledSentence> tune = corpus.trainingPart(true);
    out.printf(Locale.ROOT, "training documents: GUM %d, UNER %d (tuning part %d documents); held out: GUM %d, "
        + "UNER %d; word clusters: %d words%n", NerCorpus.documents(corpus.gumTrain()),
        NerCorpus.documents(corpus.unerTrain()), NerCorpus.documents(tune), NerCorpus.documents(corpus.gumTest()),
        NerCorpus.documents(corpus.unerTest()), resources.clusters().size());
    int chosen = epochs;
    float bias = 0f;
    if (chosen <= 0) {
      TrainingHints context = words == null ? null : probe(fit, tune, words, out);
      double bestF1 = -1;
      PerceptronEntityRecognizer bestModel = null;
      for (int e : EPOCHS) {
        long start = System.nanoTime();
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.train(fit, e, resources, context);
        double f1 = NerScoring.score(model, tune).scores().f1(null);
        out.printf(Locale.ROOT, "tuning: %d passes, fit on %d sentences in %.1f s: tune F1 %.3f%n", e, fit.size(),
            (System.nanoTime() - start) / 1e9, f1);
        out.flush();
        if (f1 > bestF1) {
          bestF1 = f1;
          chosen = e;
          bestModel = model;
        }
      }
      double bestBiasF1 = -1;
      for (float b : BIASES) {
        var d = new PerceptronEntityRecognizer.Decoding(bestModel.decoding().beam(), b);
        SpanScores s = NerScoring.score(bestModel.withDecoding(d), tune).scores();
        out.printf(Locale.ROOT, "tuning: outside bias %.0f: tune P %.3f R %.3f F1 %.3f%n", b, s.precision(null),
            s.recall(null), s.f1(null));
        if (s.f1(null) > bestBiasF1 + 1e-9) {
          bestBiasF1 = s.f1(null);
          bias = b;
        }
      }
      out.flush();
    }
    List<LabelledSentence> training = corpus.training();
    long start = System.nanoTime();
    // made here rather than by train() so that its time is in the training time printed
    TrainingHints context = words == null ? null : TrainingHints.of(training, words);
    PerceptronEntityRecognizer trained = PerceptronEntityRecognizer.train(training, chosen, resources, context);
    PerceptronEntityRecognizer.Decoding decoding =
        new PerceptronEntityRecognizer.Decoding(trained.decoding().beam(), bias);
    PerceptronEntityRecognizer model = trained.withDecoding(decoding);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "trained on %d sentences (%d tokens), %d passes, in %.1f s: %d features, %d first names, "
        + "%d organisation words; beam %d, outside bias %.0f%n", training.size(), NerCorpus.tokens(training), chosen,
        seconds, model.featureCount(), model.lists().firstNames().size(), model.lists().organisationWords().size(),
        decoding.beam(), decoding.outsideBias());
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    try (OutputStream o = Files.newOutputStream(target)) {
      model.write(o);
    }
    out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", target, Files.size(target));
    out.printf(Locale.ROOT, "train ner: passes=%d beam=%d outside_bias=%.2f train_seconds=%.1f features=%d "
        + "model_bytes=%d%n", chosen, decoding.beam(), decoding.outsideBias(), seconds, model.featureCount(),
        Files.size(target));
  }

  /** The context probe and hints of the fit part, and the probe's own figures on the tuning part. */
  private static TrainingHints probe(List<LabelledSentence> fit, List<LabelledSentence> tune, WordEmbedder words,
      PrintWriter out) {
    long start = System.nanoTime();
    TrainingHints context = TrainingHints.of(fit, words);
    ContextProbe probe = context.probe();
    SpanScores alone = NerScoring.score(tokens -> probe.names(words.embedWords(tokens)), tune).scores();
    out.printf(Locale.ROOT, "tuning: context probe over %d-dimensional word vectors, made in %.1f s (with %d folds "
        + "for the fit part's own hints); alone on the tuning part: P %.3f R %.3f F1 %.3f%n", probe.dimensions(),
        (System.nanoTime() - start) / 1e9, TrainingHints.FOLDS, alone.precision(null), alone.recall(null),
        alone.f1(null));
    out.flush();
    return context;
  }
}
