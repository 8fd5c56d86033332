package io.newsdesk.core.dedup;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Reprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashReprintDetectorTest {

  private static final String STORY = "Dockworkers at the port of Kelport agreed late on Wednesday to end a nine-day "
      + "strike over unpaid wages, clearing the way for dozens of ships waiting offshore to unload fuel, flour and "
      + "medicine. The port authority said the first vessels would berth on Thursday morning and that the backlog "
      + "could take two weeks to clear. Union leaders said the deal included back pay for two months and a promise "
      + "of regular salaries from April, but warned that workers would walk out again if the money did not arrive. "
      + "Traders in the capital welcomed the news, saying fuel prices had doubled during the strike.";

  /** The story with about {@code share} of its words replaced or dropped, deterministically. */
  private static String edited(String text, double share, long seed) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    int edits = (int) Math.round(words.size() * share);
    for (int e = 0; e < edits; e++) {
      int i = random.nextInt(words.size());
      if (random.nextBoolean()) {
        words.set(i, "changed" + e);
      } else {
        words.remove(i);
      }
    }
    return String.join(" ", words);
  }

  @Test
  void findsCopiesWithUpToAFifthOfTheWordsEditedAndKeepsTheEarliestAsOriginal() {
    Document original = doc("orig", "Wire", "2025-03-12", null, STORY);
    List<Document> docs = new ArrayList<>(List.of(original,
        doc("same", "Post", "2025-03-13", null, STORY),
        doc("light", "Ledger", "2025-03-13", null, edited(STORY, 0.1, 1)),
        doc("heavy", "Times", "2025-03-14", null, edited(STORY, 0.2, 2)),
        doc("other", "Herald", "2025-03-13", null, "Fuel prices in the capital fell for the first time in weeks as "
            + "the strike at the port of Kelport ended, traders said on Thursday, while economists warned that "
            + "the backlog of ships would keep prices high until the end of the month and that the central bank "
            + "might act.")));
    List<Reprint> reprints = new MinHashReprintDetector().detect(docs);
    assertEquals(List.of(new Reprint("orig", List.of("light", "same", "heavy"))), reprints);
  }

  @Test
  void shortTextsAndEmptyInputGiveNoReprints() {
    assertTrue(new MinHashReprintDetector().detect(List.of(doc("a", "Short one."), doc("b", "Short one."))).isEmpty());
    assertTrue(new MinHashReprintDetector().detect(List.of()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new MinHashReprintDetector(0));
  }
}
