package io.newsdesk.core.model;

import java.io.Serializable;
import java.util.List;

/**
 * Articles that are one text: an original and its near-identical copies (syndicated reprints, light rewrites).
 *
 * @param original id of the earliest article, the one kept to stand for all
 * @param copies   ids of the copies, in time order
 */
public record Reprint(String original, List<String> copies) implements Serializable {
  public Reprint {
    if (copies.isEmpty()) {
      throw new IllegalArgumentException("a reprint needs at least one copy of " + original);
    }
    copies = List.copyOf(copies);
  }
}
