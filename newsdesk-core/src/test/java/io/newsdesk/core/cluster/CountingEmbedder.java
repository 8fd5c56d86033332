package io.newsdesk.core.cluster;

import io.newsdesk.core.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for the sentence model in tests: each lower-cased word adds one to a hashed dimension, the sum
 * scaled to unit length. It remembers every text it was asked to embed.
 */
final class CountingEmbedder implements TextEmbedder {

  private static final int DIMENSIONS = 64;
  final List<String> texts = new ArrayList<>();

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public synchronized float[][] embed(List<String> batch) {
    texts.addAll(batch);
    float[][] out = new float[batch.size()][];
    for (int t = 0; t < batch.size(); t++) {
      float[] v = new float[DIMENSIONS];
      for (String word : batch.get(t).toLowerCase(Locale.ROOT).split("\\W+")) {
        if (!word.isEmpty()) {
          v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
        }
      }
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      for (int k = 0; k < DIMENSIONS && norm > 0; k++) {
        v[k] /= (float) Math.sqrt(norm);
      }
      out[t] = v;
    }
    return out;
  }

  @Override
  public void close() {}
}
