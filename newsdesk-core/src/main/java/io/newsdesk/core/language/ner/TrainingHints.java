package io.newsdesk.core.language.ner;

import io.newsdesk.core.embed.WordEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context probe a recogniser is trained with, and the hints its training sentences read. Each training
 * sentence's hints come from a probe trained on the other folds of documents (cross-fitting), so the recogniser
 * learns how far to trust the probe on text the probe never saw, as at run time; the probe kept is trained on
 * every sentence.
 */
public record TrainingHints(ContextProbe probe, Map<LabelledSentence, String[][]> hints) {

  /** Folds of documents for the cross-fitting. */
  public static final int FOLDS = 4;
  /**
   * Passes over the sentences when training a probe, chosen on the tuning part for the logistic regression it was
   * first: with e5's final-layer vectors 4 gave the recogniser F1 0.733, 8 0.759, 16 0.754 (with MiniLM's, 4 gave
   * 0.716 and 8 0.728).
   */
  static final int EPOCHS = 8;

  /** The probe and hints for {@code sentences}, whose words {@code embedder} reads (once each). */
  public static TrainingHints of(List<LabelledSentence> sentences, WordEmbedder embedder) {
    Map<String, Integer> fold = new LinkedHashMap<>();
    List<float[][]> vectors = new ArrayList<>(sentences.size());
    List<int[]> tags = new ArrayList<>(sentences.size());
    for (LabelledSentence s : sentences) {
      fold.putIfAbsent(s.document(), fold.size() % FOLDS);
      vectors.add(embedder.embedWords(s.tokens()));
      tags.add(BioTags.fromSpans(s.tokens().size(), s.spans()).stream().mapToInt(BioTags.ALL::indexOf).toArray());
    }
    // the folds' probes and the final one are trained side by side: each is a function of its sentences alone
    ContextProbe[] probes = java.util.stream.IntStream.rangeClosed(0, FOLDS).parallel().mapToObj(k -> {
      List<float[][]> trainVectors = new ArrayList<>();
      List<int[]> trainTags = new ArrayList<>();
      for (int s = 0; s < sentences.size(); s++) {
        if (fold.get(sentences.get(s).document()) != k) { // k == FOLDS: every sentence, the probe kept
          trainVectors.add(vectors.get(s));
          trainTags.add(tags.get(s));
        }
      }
      return ContextProbe.train(trainVectors, trainTags, embedder.dimensions(), EPOCHS);
    }).toArray(ContextProbe[]::new);
    Map<LabelledSentence, String[][]> hints = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      hints.put(sentences.get(s), probes[fold.get(sentences.get(s).document())].hints(vectors.get(s)));
    }
    return new TrainingHints(probes[FOLDS], Map.copyOf(hints));
  }
}
