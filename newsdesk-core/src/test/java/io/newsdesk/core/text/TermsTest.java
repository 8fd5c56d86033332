package io.newsdesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void wordsKeepInnerApostrophesHyphensAndDecimals() {
    assertEquals(List.of("Dar'a", "al-Assad", "3.5", "percent", "rebels"),
        Terms.words("Dar'a, al-Assad: 3.5 percent (rebels)."));
  }

  @Test
  void termsDropStopWordsPossessivesAndPlurals() {
    assertEquals(List.of("rebel", "crossing", "syria", "city"),
        Terms.terms("The rebels' crossings said Syria's cities"));
    assertNull(Terms.term("the"));
  }

  @Test
  void normalizeRemovesAccents() {
    assertEquals("turkiye", Terms.normalize("Türkiye"));
  }

  @Test
  void cosineOfTermVectors() {
    DocumentFrequencies df = new DocumentFrequencies();
    df.add(List.of("port", "strike"));
    df.add(List.of("flood", "rain"));
    TermVector a = df.vector(List.of("port", "strike", "strike"));
    TermVector b = df.vector(List.of("port", "strike"));
    TermVector c = df.vector(List.of("flood"));
    assertEquals(0, a.cosine(c), 1e-9);
    assertEquals(1, b.cosine(b), 1e-9);
    assertEquals(a.cosine(b), b.cosine(a), 1e-12);
    assertEquals(0, TermVector.EMPTY.cosine(a), 1e-12);
  }
}
