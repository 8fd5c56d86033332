package io.newsdesk.core.embed;

import java.util.List;

/**
 * Turns short texts into unit vectors whose dot product says how alike their meanings are. Implementations are
 * thread-safe and hold their model until closed.
 */
public interface TextEmbedder extends AutoCloseable {

  /** Length of every vector. */
  int dimensions();

  /**
   * @param texts the texts, any number; each is cut to the model's input length
   * @return one unit vector per text, in the order given
   */
  float[][] embed(List<String> texts);

  @Override
  void close();

  /** Dot product of two unit vectors, that is their cosine. */
  static double cosine(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
