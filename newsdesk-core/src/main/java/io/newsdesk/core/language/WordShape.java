package io.newsdesk.core.language;

/**
 * A word's shape, the one definition the tagger, the entity recogniser and the name typer share: each upper-case
 * letter is X, each lower-case letter x, each digit d, and any other character stays as it is. A shape tells
 * "McCain", "U.S.", "1990s" and "e-mail" apart without their spelling, so a model learns from it what holds for
 * words never seen in training. Letters of scripts without case (Arabic, Chinese) have no X or x and stay as they
 * are, as the shipped models were trained.
 */
public final class WordShape {

  /** How many characters the detailed shape keeps one for one before it, too, writes each run once. */
  private static final int DETAILED_LENGTH = 6;

  private WordShape() {}

  /** The short shape: each run of one kind written once ("Xx", "X.X.", "d-d", "XxXx" for "McCain"). */
  public static String of(String word) {
    return shape(word, 0);
  }

  /**
   * The detailed shape: the first six characters one for one, then each run once ("Xxxxxx" for "Washington",
   * "XXXX" for "NATO", "dddd" for "1990"), so that short words keep their length and long ones share a shape.
   */
  public static String detailed(String word) {
    return shape(word, DETAILED_LENGTH);
  }

  private static String shape(String word, int verbatim) {
    StringBuilder b = new StringBuilder(Math.min(word.length(), 16));
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char kind = kind(word.charAt(i));
      if (kind != last || b.length() < verbatim) {
        b.append(kind);
        last = kind;
      }
    }
    return b.toString();
  }

  private static char kind(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    return Character.isDigit(c) ? 'd' : c;
  }
}
