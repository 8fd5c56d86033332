package io.newsdesk.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The assertions the 5W1H scores, ROUGE and the reuse gold each made of their own tokeniser, now of the one. */
class ScoringWordsTest {

  @Test
  void wordsAreLowerCasedRunsOfLettersAndDigits() {
    assertEquals(List.of("the", "u", "s", "army", "s", "2016"), ScoringWords.of("The U.S. Army's 2016"));
    assertEquals(List.of("it", "s", "6", "30", "am", "in", "são", "paulo"), ScoringWords.of("It's 6:30 am in São Paulo."));
    assertEquals(List.of("the", "u", "s", "army", "s", "2nd", "brigade"), ScoringWords.of("The U.S. Army's 2nd Brigade."));
  }

  @Test
  void gramsAndTheShareHeld() {
    assertEquals(Set.of("a b", "b c"), ScoringWords.grams(List.of("a", "b", "c"), 2));
    assertEquals(0.5, ScoringWords.heldShare(Set.of("a b", "b c"), Set.of("b c", "c d")), 1e-12);
    assertEquals(0.0, ScoringWords.heldShare(Set.of(), Set.of("b c")), 1e-12);
  }
}
