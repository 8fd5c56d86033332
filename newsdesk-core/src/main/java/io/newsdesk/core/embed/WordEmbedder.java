package io.newsdesk.core.embed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contextual vectors of the words of one sentence: each word as a language model read it among the others, so
 * that "Jordan" in "Jordan said" and in "in Jordan" differ. The entity recogniser reads them through
 * {@code ContextProbe}.
 */
public interface WordEmbedder {

  /** Length of every vector. */
  int dimensions();

  /**
   * @param words one sentence's words, as the word tokenizer split them
   * @return one vector per word, in order; a word past the model's input length gets a vector of zeros
   */
  float[][] embedWords(List<String> words);

  /**
   * This embedder, remembering each sentence it read: training reads the same sentences in several runs. Not
   * thread-safe, and it holds every sentence's vectors, so only for a data set that fits in memory.
   */
  default WordEmbedder remembering() {
    WordEmbedder inner = this;
    Map<List<String>, float[][]> read = new HashMap<>();
    return new WordEmbedder() {
      @Override
      public int dimensions() {
        return inner.dimensions();
      }

      @Override
      public float[][] embedWords(List<String> words) {
        return read.computeIfAbsent(List.copyOf(words), inner::embedWords);
      }
    };
  }
}
