package io.newsdesk.core.language.ner;

import java.util.List;

/**
 * Says what kind of thing a name found in a sentence names. The name finder decides where a name is (in English news
 * capitals say that well); this decides what it is, which capitals do not.
 */
public interface NameTyper {

  /**
   * The typer's reading of one name.
   *
   * @param type   PER, ORG or LOC; null when the name is none of these (a weekday, a nationality, a product)
   * @param margin how far the chosen reading scored above the next; small means unsure
   */
  record Reading(EntityType type, float margin) {}

  /** A name to read: tokens {@code start} (inclusive) to {@code end} (exclusive) of a sentence's {@code tokens}. */
  record Name(List<String> tokens, int start, int end) {
    public Name {
      if (start < 0 || end <= start || end > tokens.size()) {
        throw new IllegalArgumentException("bad name span " + start + ".." + end + " of " + tokens.size());
      }
    }

    /** The name as written, its words joined by spaces. */
    public String text() {
      return String.join(" ", tokens.subList(start, end));
    }
  }

  /** The readings of {@code names}, in order: one call for many names lets a typer batch its work. */
  List<Reading> readAll(List<Name> names);

  /** The reading of one name. */
  default Reading read(List<String> tokens, int start, int end) {
    return readAll(List.of(new Name(tokens, start, end))).get(0);
  }
}
