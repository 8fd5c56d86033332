package io.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Test
  void partsAreTheDocumentedHashParity() {
    // values worked out with python3's hashlib, independently of this code
    assertEquals(Split.Part.TEST, Split.of("f1"));
    assertEquals(Split.Part.DEV, Split.of("tram"));
  }

  @Test
  void aUnitAlwaysFallsInTheSamePartAndBothPartsAreUsed() {
    List<String> units = IntStream.range(0, 400).mapToObj(i -> "unit-" + i).toList();
    long test = units.stream().filter(u -> Split.of(u) == Split.Part.TEST).count();
    assertTrue(test > 150 && test < 250, "about half in test: " + test);
    for (String u : units) {
      assertEquals(Split.of(u), Split.of(new String(u)));
    }
    assertEquals(test, Split.select(units, u -> u, Split.Part.TEST).size());
  }

  @Test
  void lastLineGivesTestKeysFirst() {
    String line = new SplitFigures("geo").add("f1", 0.5, 0.25).add("events", 3, 4).addOther("load_s", "1.2").toString();
    assertEquals("geo: test_f1=0.250 test_events=4 dev_f1=0.500 dev_events=3 load_s=1.2", line);
  }
}
