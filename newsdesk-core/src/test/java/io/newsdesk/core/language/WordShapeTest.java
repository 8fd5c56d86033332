package io.newsdesk.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordShapeTest {

  @Test
  void shortShapeWritesEachRunOnce() {
    assertEquals("Xx", WordShape.of("Washington"));
    assertEquals("XxXx", WordShape.of("McCain"));
    assertEquals("X.X.", WordShape.of("U.S."));
    assertEquals("X", WordShape.of("NATO"));
    assertEquals("d,d", WordShape.of("1,000"));
    assertEquals("dx", WordShape.of("1990s"));
    assertEquals("x-x", WordShape.of("e-mail"));
    assertEquals("X-d", WordShape.of("COVID-19"));
    assertEquals("", WordShape.of(""));
  }

  @Test
  void detailedShapeKeepsSixCharactersThenWritesEachRunOnce() {
    assertEquals("Xxxxxx", WordShape.detailed("Washington"));
    assertEquals("Xxxxx", WordShape.detailed("Paris"));
    assertEquals("XXXX", WordShape.detailed("NATO"));
    assertEquals("dddd", WordShape.detailed("1990"));
    assertEquals("ddddx", WordShape.detailed("1990s"));
    assertEquals("x-xxxx", WordShape.detailed("e-mail"));
    // past six characters a new kind is still written, once per run
    assertEquals("XXXXX-d", WordShape.detailed("COVID-19"));
    assertEquals("Xxxxxx-Xx", WordShape.detailed("Austria-Hungary"));
  }

  @Test
  void lettersWithoutCaseStayAsTheyAre() {
    assertEquals("Xx", WordShape.of("Zürich"));
    assertEquals("XxX", WordShape.of("ZüRICH"));
    // Arabic and Chinese letters are neither upper nor lower case: only repeats collapse
    assertEquals("حديد", WordShape.of("حديد"));
    assertEquals("樋口", WordShape.of("樋口"));
    assertEquals("口", WordShape.of("口口"));
    assertEquals("口口", WordShape.detailed("口口"));
  }
}
