package io.newsdesk.core.embed;

import java.util.List;

/**
 * The process's one MiniLM model, loaded on the first call that has texts to embed (a digest with nothing to
 * compare loads nothing) and kept for the life of the process: a server or a watcher digests again and again, and
 * each load would read the model anew. Closing it does nothing, since it is shared.
 */
public final class SharedMiniLm implements TextEmbedder {

  private static final class Holder {
    static final MiniLmEmbedder MODEL = new MiniLmEmbedder();
  }

  @Override
  public int dimensions() {
    return Holder.MODEL.dimensions();
  }

  @Override
  public float[][] embed(List<String> texts) {
    return texts.isEmpty() ? new float[0][] : Holder.MODEL.embed(texts);
  }

  @Override
  public void close() {
    // shared by the process: nothing of it is the caller's to close
  }
}
