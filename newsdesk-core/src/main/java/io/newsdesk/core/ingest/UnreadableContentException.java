package io.newsdesk.core.ingest;

/** Content that cannot be read as an article at all: binary data, a file over the size limit, broken JSON. */
public final class UnreadableContentException extends Exception {
  public UnreadableContentException(String reason) {
    super(reason);
  }
}
