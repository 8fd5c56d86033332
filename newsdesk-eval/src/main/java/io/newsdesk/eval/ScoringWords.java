package io.newsdesk.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the evaluations count them, with code of their own, never newsdesk's analysis: lower-cased runs of
 * letters or digits, not stemmed. ROUGE, the 5W1H token F1, the summary's support check and the reuse
 * benchmark's gold all read text through it, so that none of them can agree with newsdesk for sharing its
 * tokeniser.
 */
public final class ScoringWords {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ScoringWords() {}

  /** "The U.S. Army's 2nd" gives the, u, s, army, s, 2nd. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The distinct word n-grams of {@code words}, each joined with a space. */
  public static Set<String> grams(List<String> words, int n) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + n <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + n)));
    }
    return out;
  }

  /** The share of {@code wanted} that {@code held} holds; 0 when nothing is wanted. */
  public static double heldShare(Set<String> wanted, Set<String> held) {
    return wanted.isEmpty() ? 0 : (double) wanted.stream().filter(held::contains).count() / wanted.size();
  }
}
