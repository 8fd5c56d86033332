package io.newsdesk.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one sentence into the words the trained models were trained on (Universal Dependencies English): runs of
 * letters and digits with their inner hyphens, apostrophes and dots ("al-Qaeda", "U.S.", "3.5"), the clitics
 * "'s", "n't", "'re", "'ll", "'ve", "'d", "'m" apart from their host, and each other mark alone. One pass over
 * the text; each word keeps its character offsets so that what a model finds maps back onto the sentence.
 */
public final class WordTokenizer {

  /** One word of a sentence: {@code text} is {@code sentence.substring(start, end)}. */
  public record Token(String text, int start, int end) {}

  private static final List<String> CLITICS = List.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m");

  /** The words of {@code sentence}, in order. */
  public List<Token> tokenize(String sentence) {
    List<Token> out = new ArrayList<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        int start = i;
        i++;
        // keep "..." and "--" together
        while (i < n && sentence.charAt(i) == c && (c == '.' || c == '-')) {
          i++;
        }
        out.add(new Token(sentence.substring(start, i), start, i));
        continue;
      }
      int start = i;
      while (i < n) {
        char d = sentence.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if (isInnerMark(d) && i + 1 < n && Character.isLetterOrDigit(sentence.charAt(i + 1))
            && !startsClitic(sentence, i)) {
          i++;
        } else {
          break;
        }
      }
      // "U.S." keeps its last dot when the word is an abbreviation of single letters
      if (i < n && sentence.charAt(i) == '.' && isDottedAbbreviation(sentence, start, i)) {
        i++;
      }
      int end = i;
      int clitic = clitic(sentence, start, end);
      if (clitic > start) {
        out.add(new Token(sentence.substring(start, clitic), start, clitic));
        out.add(new Token(sentence.substring(clitic, end), clitic, end));
      } else {
        out.add(new Token(sentence.substring(start, end), start, end));
      }
      if (i < n && isApostrophe(sentence.charAt(i)) && startsClitic(sentence, i)) {
        int cEnd = cliticEnd(sentence, i);
        out.add(new Token(sentence.substring(i, cEnd), i, cEnd));
        i = cEnd;
      }
    }
    return out;
  }

  /** The words alone. */
  public static List<String> texts(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.text());
    }
    return out;
  }

  private static boolean isInnerMark(char c) {
    return c == '-' || c == '.' || c == '\'' || c == '’' || c == '&';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** An apostrophe at {@code i} that begins "'s", "'re"… followed by a word end. */
  private static boolean startsClitic(String s, int i) {
    return isApostrophe(s.charAt(i)) && cliticEnd(s, i) > i;
  }

  private static int cliticEnd(String s, int i) {
    for (String c : CLITICS) {
      if (c.charAt(0) != '\'') {
        continue;
      }
      int end = i + c.length();
      if (end <= s.length() && s.regionMatches(true, i + 1, c, 1, c.length() - 1)
          && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        return end;
      }
    }
    return i;
  }

  /** Where "n't" starts inside a word such as "don't" (it was kept whole as an inner apostrophe), else -1. */
  private static int clitic(String s, int start, int end) {
    if (end - start > 3 && s.regionMatches(true, end - 3, "n't", 0, 3)
        || end - start > 3 && s.regionMatches(true, end - 3, "n’t", 0, 3)) {
      return end - 3;
    }
    return -1;
  }

  private static boolean isDottedAbbreviation(String s, int start, int end) {
    // letters separated by dots: "U.S", "D.C"
    if (end - start < 3) {
      return false;
    }
    for (int k = start; k < end; k++) {
      boolean letterPlace = (k - start) % 2 == 0;
      char ch = s.charAt(k);
      if (letterPlace ? !Character.isLetter(ch) : ch != '.') {
        return false;
      }
    }
    return true;
  }
}
