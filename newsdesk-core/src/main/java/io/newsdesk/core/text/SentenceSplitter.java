package io.newsdesk.core.text;

import io.newsdesk.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences. Rule-based because statistical splitters trained on other text break news
 * at "Jan. 3", "Calif., said" and initials; every rule here is one of those cases.
 *
 * <p>A line break always ends a sentence: news text keeps one paragraph, heading or caption per line.
 */
public final class SentenceSplitter {

  /** Abbreviations that never end a sentence: titles and the like, always followed by a name or number. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr",
      "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "pres", "supt", "insp", "det", "hon", "messrs",
      "no", "nos", "vol", "fig", "pp", "art", "ch", "sec", "dept", "est", "approx", "ca", "cf", "vs", "v",
      "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
      "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
      "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

  /** Abbreviations that may also end a sentence; they do when a typical sentence opener follows. */
  private static final Set<String> AMBIGUOUS = Set.of(
      "inc", "corp", "ltd", "co", "llc", "plc", "jr", "sr", "etc", "bros", "u.s", "u.k", "u.n", "e.u",
      "a.m", "p.m");

  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
      "there", "in", "on", "at", "but", "and", "so", "its", "his", "her", "their", "our", "as", "after",
      "when", "while", "if", "meanwhile", "however", "also", "some", "many", "most", "officials", "police");

  /** Splits {@code text} into sentences with offsets into it; blank input gives an empty list. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        start = emit(text, start, i, out);
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < n && isTerminalOrCloser(text.charAt(end))) {
        end++;
      }
      if (end >= n) {
        i = end - 1;
        continue;
      }
      char next = text.charAt(end);
      boolean spaced = Character.isWhitespace(next);
      if (spaced ? endsSentenceBeforeSpace(text, i, end) : endsSentenceWithoutSpace(text, i, end)) {
        start = emit(text, start, end, out);
      }
      i = end - 1;
    }
    emit(text, start, n, out);
    return out;
  }

  private static boolean isTerminalOrCloser(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == ')' || c == ']'
        || c == '”' || c == '’' || c == '»';
  }

  private boolean endsSentenceBeforeSpace(String text, int mark, int end) {
    int next = skipSpaces(text, end);
    if (next >= text.length() || text.charAt(next) == '\n') {
      return true;
    }
    char following = text.charAt(next);
    if (Character.isLowerCase(following) || following == ',' || following == ';' || following == ':') {
      return false; // "?" he asked; "Jan. 3" is handled below, a lowercase word never opens a sentence
    }
    if (text.charAt(mark) != '.' || end - mark > 1 && text.charAt(mark + 1) == '.') {
      return true; // "!", "?", a closing quote after the period, or an ellipsis
    }
    String word = wordBefore(text, mark);
    String lower = word.toLowerCase(Locale.ROOT);
    String nextWord = wordAt(text, next).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. R. Halvorsen"
    }
    if (AMBIGUOUS.contains(lower)) {
      return OPENERS.contains(nextWord);
    }
    if (TITLES.contains(lower)) {
      return false;
    }
    if (lower.matches("(\\p{L}\\.)+\\p{L}")) {
      return OPENERS.contains(nextWord); // other dotted acronyms such as "D.C."
    }
    return true;
  }

  /** "affiliate).Meanwhile" and "NYC?Early": a terminal mark glued to the next sentence, as scrapers leave it. */
  private static boolean endsSentenceWithoutSpace(String text, int mark, int end) {
    if (end + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(end);
    char after = text.charAt(end + 1);
    if (!Character.isUpperCase(next) || !Character.isLowerCase(after)) {
      return false;
    }
    if (text.charAt(mark) != '.') {
      return true;
    }
    // "example.Com" or "U.S.Army" stay whole; a lowercase word or a closing bracket before the period does not
    char before = mark > 0 ? text.charAt(mark - 1) : ' ';
    String word = wordBefore(text, mark);
    return (Character.isLowerCase(before) && word.length() > 3 || before == ')' || before == '"')
        && !TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The word, possibly dotted ("U.S"), that ends just before position {@code mark}. */
  private static String wordBefore(String text, int mark) {
    int b = mark;
    while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.'
        && b - 2 >= 0 && Character.isLetter(text.charAt(b - 2)))) {
      b--;
    }
    return text.substring(b, mark);
  }

  private static String wordAt(String text, int i) {
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    int b = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(b, i);
  }

  /** Adds the trimmed span [from, to) as a sentence when it holds a letter or digit; returns the next start. */
  /**
   * The longest sentence read, in characters (about 300 words): a run of text with no sentence end longer than
   * this (a list scraped without punctuation, a hostile paragraph) is read as several sentences, cut at spaces,
   * so that no per-sentence work grows with a whole paragraph.
   */
  public static final int MAX_SENTENCE_CHARS = 2_000;

  private static int emit(String text, int from, int to, List<Sentence> out) {
    int b = from;
    while (to - b > MAX_SENTENCE_CHARS) {
      int cut = text.lastIndexOf(' ', b + MAX_SENTENCE_CHARS);
      if (cut <= b + MAX_SENTENCE_CHARS / 2) {
        cut = b + MAX_SENTENCE_CHARS; // no space in the second half: a hard cut keeps the pieces bounded
      }
      emitOne(text, b, cut, out);
      b = cut;
    }
    emitOne(text, b, to, out);
    return to;
  }

  private static void emitOne(String text, int from, int to, List<Sentence> out) {
    int b = from;
    int e = to;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    for (int k = b; k < e; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        out.add(new Sentence(out.size(), b, e, text.substring(b, e)));
        break;
      }
    }
  }
}
