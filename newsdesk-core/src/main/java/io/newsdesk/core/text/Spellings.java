package io.newsdesk.core.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two spellings are one name: the transliterations news writes for the same place or person (Daraa,
 * Deraa, Dar'a; Nassib, Naseeb; Hodeidah, Hudaydah). Entity merging and copy detection both ask.
 */
public final class Spellings {

  private Spellings() {}

  /** Spellings of one name: equal when folded, or one-word names with the same consonants a short edit apart. */
  public static boolean sameSpelling(String a, String b) {
    String na = folded(a);
    String nb = folded(b);
    if (na.equals(nb)) {
      return true;
    }
    if (na.length() < 4 || nb.length() < 4 || a.contains(" ") || b.contains(" ")) {
      return false;
    }
    String ta = transliterated(na);
    String tb = transliterated(nb);
    return ta.charAt(0) == tb.charAt(0) && skeleton(ta).equals(skeleton(tb))
        && editDistance(ta, tb) <= Math.max(1, (Math.min(ta.length(), tb.length()) + 1) / 2);
  }

  private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(al|el|ad|as|ar|ash)[- ]");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  /** Lowercase, accent-free, without punctuation, spaces or an "al-" prefix. */
  public static String folded(String name) {
    String n = Terms.normalize(name).toLowerCase(Locale.ROOT);
    n = ARTICLE_PREFIX.matcher(n).replaceFirst("");
    return NOT_LETTER_OR_DIGIT.matcher(n).replaceAll("");
  }

  /**
   * One spelling for sounds that transliterations write differently: "dzh", "zh" and "j"; "gh" and "g"; "kh",
   * "q" and "k"; a final "h" after a vowel (Misratah, Misrata).
   */
  public static String transliterated(String folded) {
    String t = folded.replace("dzh", "j").replace("zh", "j").replace("gh", "g").replace("kh", "k")
        .replace('q', 'k').replace("ph", "f").replace("ck", "k").replace("ou", "u").replace("ee", "i");
    if (t.length() > 3 && t.endsWith("h") && "aeiou".indexOf(t.charAt(t.length() - 2)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /**
   * A key that any two spellings {@link #sameSpelling} joins share, given a {@link #folded} spelling: its
   * transliterated consonant skeleton. A name need only be compared with the names under its key.
   */
  public static String sharedKey(String folded) {
    return folded.isEmpty() ? "" : skeleton(transliterated(folded));
  }

  /** First letter, then consonants with repeats collapsed: Daraa, Deraa and Dar'a all give "dr". */
  public static String skeleton(String folded) {
    StringBuilder b = new StringBuilder().append(folded.charAt(0));
    char last = folded.charAt(0);
    for (int i = 1; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ("aeiouy".indexOf(c) >= 0 || c == last) {
        continue;
      }
      b.append(c);
      last = c;
    }
    return b.toString();
  }

  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
