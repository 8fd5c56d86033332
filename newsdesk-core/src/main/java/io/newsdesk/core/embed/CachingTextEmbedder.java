package io.newsdesk.core.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An embedder that remembers the vectors of the texts it embedded, the least recently used forgotten past its
 * capacity. Why: a store links every stored event into stories at each write, and most events have not changed
 * since the last; their texts are embedded once rather than at every write. The embedded model stays open when
 * this is closed: whoever made it closes it.
 */
public final class CachingTextEmbedder implements TextEmbedder {

  private final TextEmbedder embedder;
  private final Map<String, float[]> vectors;

  /** @param capacity texts remembered; each costs {@code 4 * dimensions} bytes and its text */
  public CachingTextEmbedder(TextEmbedder embedder, int capacity) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.vectors = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public int dimensions() {
    return embedder.dimensions();
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    Set<String> missing = new LinkedHashSet<>();
    synchronized (vectors) {
      for (int i = 0; i < texts.size(); i++) {
        out[i] = vectors.get(texts.get(i));
        if (out[i] == null) {
          missing.add(texts.get(i));
        }
      }
    }
    if (!missing.isEmpty()) {
      List<String> asked = new ArrayList<>(missing);
      float[][] fresh = embedder.embed(asked); // outside the lock: the model is thread-safe and slow
      synchronized (vectors) {
        for (int i = 0; i < asked.size(); i++) {
          vectors.put(asked.get(i), fresh[i]);
        }
      }
      Map<String, float[]> byText = new java.util.HashMap<>();
      for (int i = 0; i < asked.size(); i++) {
        byText.put(asked.get(i), fresh[i]);
      }
      for (int i = 0; i < texts.size(); i++) {
        if (out[i] == null) {
          out[i] = byText.get(texts.get(i));
        }
      }
    }
    // copies: a caller may scale or sum what it is given, and must not change what is remembered
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i].clone();
    }
    return out;
  }

  /** Forgets the vectors; the wrapped embedder stays open. */
  @Override
  public void close() {
    synchronized (vectors) {
      vectors.clear();
    }
  }
}
