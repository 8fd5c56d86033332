package io.newsdesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzerTest {

  private final NewsAnalyzer analyzer = new NewsAnalyzer();

  @Test
  void wordsCarryTheirOffsetsInTheText() throws IOException {
    String text = "Dar’a, al-Assad: 3.5 percent (U.S. rebels').";
    List<String> spans = new ArrayList<>();
    try (TokenStream words = analyzer.tokenStream(NewsAnalyzer.WORDS, text)) {
      OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
      words.reset();
      while (words.incrementToken()) {
        spans.add(text.substring(offset.startOffset(), offset.endOffset()));
      }
      words.end();
      assertEquals(text.length(), offset.endOffset());
    }
    assertEquals(List.of("Dar’a", "al-Assad", "3.5", "percent", "U", "S", "rebels"), spans);
  }

  @Test
  void aTextLongerThanTheTokenizersBufferAndAShortOneAfterIt() throws IOException {
    String longText = "x".repeat(100_000) + " tail";
    assertEquals(List.of("x".repeat(100_000), "tail"), tokens(NewsAnalyzer.WORDS, longText));
    assertEquals(List.of("next", "text"), tokens(NewsAnalyzer.WORDS, "next text"));
    assertEquals(List.of(), tokens(NewsAnalyzer.WORDS, ""));
    assertEquals(List.of(), tokens(NewsAnalyzer.WORDS, " -- ' . "));
  }

  @Test
  void termsLeaveOutTheOneStopListAndSingleLetters() throws IOException {
    assertEquals(List.of("nassib", "crossing", "closed"),
        tokens(NewsAnalyzer.TERMS, "They said on Monday that the Nassib crossings were closed to us"));
    assertTrue(StopWords.contains("said"));
    assertTrue(StopWords.contains("it's"));
    assertEquals(List.of(), tokens(NewsAnalyzer.TERMS, "It's what they said, and x"));
  }

  @Test
  void pluralEndingsOnly() throws IOException {
    assertEquals(List.of("city", "crossing", "crisis", "campus", "gas", "class", "1990s", "tie", "tree", "closed"),
        stemmed("cities crossings crisis campus gas class 1990s ties trees closed"));
  }

  @Test
  void anUnknownFieldIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tokens("body", "text"));
    assertTrue(e.getMessage().contains("\"body\""), e.getMessage());
  }

  private List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    }
    return out;
  }

  private static List<String> stemmed(String words) throws IOException {
    WhitespaceTokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(words));
    List<String> out = new ArrayList<>();
    try (TokenStream stems = new PluralStemFilter(source)) {
      CharTermAttribute term = stems.addAttribute(CharTermAttribute.class);
      stems.reset();
      while (stems.incrementToken()) {
        out.add(term.toString());
      }
      stems.end();
    }
    return out;
  }
}
