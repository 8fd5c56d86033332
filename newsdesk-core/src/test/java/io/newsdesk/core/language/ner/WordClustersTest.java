package io.newsdesk.core.language.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static final WordClusters TINY = new WordClusters(Map.of("paris", new short[] {1, 9}, "okafor",
      new short[] {2, 17}, "sao", new short[] {1, 8}), 2);

  @Test
  void findsAWordInAnyCaseAndWithoutAccentsThenByItsLongestPrefix() {
    WordClusters.Found paris = TINY.find("Paris");
    assertArrayEquals(new short[] {1, 9}, paris.path());
    assertFalse(paris.prefix());
    assertArrayEquals(new short[] {1, 8}, TINY.find("São").path());
    WordClusters.Found okafors = TINY.find("Okafors");
    assertArrayEquals(new short[] {2, 17}, okafors.path());
    assertTrue(okafors.prefix());
    assertNull(TINY.find("pa"), "prefixes shorter than three letters are no evidence");
    assertNull(TINY.find("Lagos"));
  }

  @Test
  void labelsEachLevelAndMarkAPrefixGuess() {
    assertArrayEquals(new String[] {"1", "9"}, TINY.labels("Paris"));
    assertArrayEquals(new String[] {"2p", "17p"}, TINY.labels("Okafors"));
    assertNull(TINY.labels("Lagos"));
  }

  @Test
  void writesAndReadsTheSameTable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TINY.write(bytes);
    WordClusters read = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(3, read.size());
    assertEquals(2, read.levels());
    assertArrayEquals(new short[] {2, 17}, read.find("okafor").path());
  }

  @Test
  void theShippedTableKnowsCommonWords() {
    WordClusters shipped = WordClusters.load();
    assertTrue(shipped.size() > 10_000);
    assertEquals(shipped.find("monday").path()[0], shipped.find("tuesday").path()[0]);
  }
}
