package io.newsdesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void normalizeFoldsAccentsToAsciiAndDropsThePossessive() {
    assertEquals("turkiye", Terms.normalize("Türkiye"));
    assertEquals("lodz", Terms.normalize("Łódź"));
    assertEquals("dar'a", Terms.normalize("Dar’a’s"));
    assertEquals("", Terms.normalize(""));
  }

  @Test
  void termOfOneWordIsItsTermInText() {
    for (String w : Terms.words("Rebels' crossings near Syria's cities: 1990s, gas, crisis, campus, U.S. ties")) {
      List<String> inText = Terms.terms(w);
      assertEquals(inText.isEmpty() ? null : inText.get(0), Terms.term(w), w);
    }
    assertNull(Terms.term("U"));
    assertNull(Terms.term("Monday's"));
  }

  @Test
  void hyphenatedNamesStayOneTermAndThousandsSplit() {
    assertEquals(List.of("al-qaeda", "fighter", "100"), Terms.terms("al-Qaeda fighters: 1,100"));
  }

  @Test
  void manyTextsAndThreadsGiveTheSameTerms() throws Exception {
    String text = "Floods in Misrata: the rebels' crossings were closed, officials said. ".repeat(2_000);
    List<String> once = Terms.terms(text);
    assertEquals(List.of("flood", "misrata", "rebel", "crossing", "closed", "official"), once.subList(0, 6));
    assertEquals(6 * 2_000, once.size());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> {
          Terms.terms("a short text in between");
          return Terms.terms(text);
        }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(once, run.get());
      }
    } finally {
      pool.shutdown();
    }
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
