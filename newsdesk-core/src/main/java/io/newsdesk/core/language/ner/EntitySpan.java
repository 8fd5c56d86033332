package io.newsdesk.core.language.ner;

/** A name in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive), of one type. */
public record EntitySpan(int start, int end, EntityType type) {
  public EntitySpan {
    if (start < 0 || end <= start || type == null) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " " + type);
    }
  }
}
