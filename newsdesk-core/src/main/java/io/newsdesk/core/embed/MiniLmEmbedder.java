package io.newsdesk.core.embed;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (int8-quantised): the digest's one embedding model, for event kinds and
 * stories.
 */
public final class MiniLmEmbedder extends OnnxEncoder {

  /** Tokens per text by default: a headline and the lead sentence, which say what the article reports. */
  public static final int DEFAULT_MAX_TOKENS = 64;

  /**
   * @param maxTokens tokens kept of each text, the rest is cut
   * @param threads   threads ONNX Runtime may use for one batch
   */
  public MiniLmEmbedder(int maxTokens, int threads) {
    super(Model.MINILM_L6, maxTokens, threads);
  }

  public MiniLmEmbedder() {
    this(DEFAULT_MAX_TOKENS, Runtime.getRuntime().availableProcessors());
  }
}
