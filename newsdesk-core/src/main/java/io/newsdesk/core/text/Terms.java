package io.newsdesk.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words and index terms of English news text, through the one {@link NewsAnalyzer}. Words keep their case; terms
 * are lowercased, folded to ASCII, stripped of possessives and plural endings, with {@link StopWords stop words}
 * removed, so that "Rebels'" and "rebel" meet.
 */
public final class Terms {

  /** Thread-safe: Lucene keeps a chain per thread and field, reused for every text. */
  private static final NewsAnalyzer ANALYZER = new NewsAnalyzer();

  private Terms() {}

  /** The words of {@code text} in order, as written: letters and digits with inner apostrophes and hyphens. */
  public static List<String> words(String text) {
    return tokens(NewsAnalyzer.WORDS, text);
  }

  /** Lowercase, accent-free form of a word with the possessive dropped: "Dar'a's" gives "dar'a". */
  public static String normalize(String word) {
    return firstToken(NewsAnalyzer.WORD_FORM, word);
  }

  /** The index term of a word, or null for stop words and bare punctuation. */
  public static String term(String word) {
    return firstToken(NewsAnalyzer.WORD_TERM, word);
  }

  /** Index terms of {@code text} in order. */
  public static List<String> terms(String text) {
    return tokens(NewsAnalyzer.TERMS, text);
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

  private static List<String> tokens(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream tokens = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute token = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(token.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a string", e); // a String's reader does not fail
    }
    return out;
  }

  /**
   * The one token a word gives in {@code field}, or null when the chain drops it; the word itself when the chain
   * leaves it as it is (most words of a text are lowercase already), so that asking allocates nothing.
   */
  private static String firstToken(String field, String word) {
    try (TokenStream tokens = ANALYZER.tokenStream(field, word)) {
      CharTermAttribute token = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String out = null; // a word taken whole gives one token at most
      if (tokens.incrementToken()) {
        out = isSame(token, word) ? word : token.toString();
      }
      tokens.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a string", e);
    }
  }

  private static boolean isSame(CharTermAttribute token, String word) {
    int n = token.length();
    if (n != word.length()) {
      return false;
    }
    char[] chars = token.buffer();
    for (int i = 0; i < n; i++) {
      if (chars[i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
