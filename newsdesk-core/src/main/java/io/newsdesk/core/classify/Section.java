package io.newsdesk.core.classify;

import java.util.Locale;

/**
 * The coarse sections of a news site, as the labelled data has them (news-cluster's {@code Category}): what the
 * trained classifier predicts. {@link Category} places each of the Current Events portal's sections in them.
 */
public enum Section {
  WORLD, BUSINESS, TECHNOLOGY, SCIENCE, ENTERTAINMENT, SPORTS;

  /** "world", as the data and the JSON write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The section labelled {@code label} (any case). */
  public static Section of(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
