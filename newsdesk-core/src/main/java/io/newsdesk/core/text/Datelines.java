package io.newsdesk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline that opens an article's first sentence: "MISRATA, Libya (Meridian Wire) — ". It tells
 * where a story was filed and by whom, but it is not part of the sentence a summary or a headline quotes.
 */
public final class Datelines {

  private static final Pattern LEAD = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?)(?:,\\s*[\\p{Lu}][\\p{L} .'’-]{1,30}?)?\\s*(?:\\(([^)]{2,40})\\))?\\s*[—–-]{1,2}\\s+");

  /**
   * Capitals before a comma, a dash or the agency, where a dateline names its place, also after a byline or a
   * caption's word: "By Alana Wise WASHINGTON, Nov 6 (Reuters) -", "Photo LONDON --".
   */
  private static final Pattern PLACE = Pattern.compile("\\b(\\p{Lu}{3,}(?: \\p{Lu}{2,}){0,2})\\s*(?:,|—|–|-|\\()");

  private Datelines() {}

  /** Every run of capitals in {@code sentence} that may be a dateline's place, as it is written elsewhere. */
  public static List<String> places(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACE.matcher(sentence);
    while (m.find()) {
      out.add(asWritten(m.group(1)));
    }
    return out;
  }

  /** A name in capitals as it is written elsewhere: "BISHKEK" is "Bishkek", "AL-QUNEITRA" "Al-Quneitra". */
  public static String asWritten(String capitals) {
    StringBuilder b = new StringBuilder(capitals.length());
    boolean wordStart = true;
    for (char c : capitals.toCharArray()) {
      b.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = !Character.isLetter(c);
    }
    return b.toString();
  }

  /** Length of the dateline that opens {@code sentence}, or 0 when it has none. */
  public static int leadLength(String sentence) {
    Matcher m = LEAD.matcher(sentence);
    return m.find() && Terms.isAllCapitals(m.group(1), 3) ? m.end() : 0;
  }

  /** The sentence without its opening dateline, first letter capitalised. */
  public static String strip(String sentence) {
    int n = leadLength(sentence);
    if (n == 0) {
      return sentence;
    }
    String rest = sentence.substring(n);
    return rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }
}
