package io.newsdesk.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words and index terms of English news text. Words keep their case; terms are lowercased, stripped of
 * accents, possessives and plural endings, with stop words removed, so that "Rebels'" and "rebel" meet.
 */
public final class Terms {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Function words and news verbs of attribution that say nothing about which event an article reports. */
  public static final Set<String> STOPWORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
      "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
      "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
      "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
      "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
      "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
      "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
      "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
      "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
      "with", "would", "you", "your", "yours", "yourself", "said", "says", "say", "told", "according", "reported",
      "reports", "may", "might", "must", "one", "two", "new", "last", "first", "year", "years",
      "week", "day", "days", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "percent", "per", "cent", "since", "around", "still",
      "however", "meanwhile", "us", "like", "many", "much", "well", "even", "back", "made", "make", "including",
      "several", "among", "within", "without", "via", "yet", "whether", "though", "although", "it's", "that's");

  private Terms() {}

  /** The words of {@code text} in order, as written: letters and digits with inner apostrophes and hyphens. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-' || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))
            && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > b) {
          i++;
        } else {
          break;
        }
      }
      if (i > b) {
        out.add(text.substring(b, i));
      }
    }
    return out;
  }

  /** Lowercase, accent-free form of a word with the possessive dropped: "Dar'a's" gives "dar'a". */
  public static String normalize(String word) {
    String w = word.replace('’', '\'');
    if (!isAscii(w)) {
      w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFKD)).replaceAll("");
    }
    w = w.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** The index term of a word, or null for stop words and bare punctuation. */
  public static String term(String word) {
    String w = normalize(word);
    if (w.length() < 2 || STOPWORDS.contains(w)) {
      return null;
    }
    return stem(w);
  }

  /** Index terms of {@code text} in order. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      String t = term(w);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when every letter is a capital and there are at least {@code minLetters}: "SANA", "U.N.", "BISHKEK". */
  public static boolean isAllCapitals(String word, int minLetters) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= minLetters;
  }

  /** Plural endings only: enough to join "crossings" and "crossing" without the errors of a full stemmer. */
  static String stem(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && Character.isLetter(w.charAt(n - 2))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
