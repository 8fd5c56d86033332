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
   * Passes over the sentences when training a probe, chosen on the tuning part: with e5's final-layer vectors 4
   * gave the recogniser F1 0.733, 8 0.759, 16 0.754 (with MiniLM's, 4 gave 0.716 and 8 0.728).
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
    Map<LabelledSentence, String[][]> hints = new HashMap<>();
    for (int k = 0; k < FOLDS; k++) {
      List<float[][]> trainVectors = new ArrayList<>();
      List<int[]> trainTags = new ArrayList<>();
      for (int s = 0; s < sentences.size(); s++) {
        if (fold.get(sentences.get(s).document()) != k) {
          trainVectors.add(vectors.get(s));
          trainTags.add(tags.get(s));
        }
      }
      ContextProbe probe = ContextProbe.train(trainVectors, trainTags, embedder.dimensions(), EPOCHS);
      for (int s = 0; s < sentences.size(); s++) {
        if (fold.get(sentences.get(s).document()) == k) {
          hints.put(sentences.get(s), probe.hints(vectors.get(s)));
        }
      }
    }
    return new TrainingHints(ContextProbe.train(vectors, tags, embedder.dimensions(), EPOCHS), Map.copyOf(hints));
  }
}
