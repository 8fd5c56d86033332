package io.newsdesk.eval.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoldTextTest {

  @Test
  void aSentenceIsCarriedVerbatimOrByFourFifthsOfItsTrigrams() {
    String article = "Rescuers worked through the night.\nThe river burst its banks on Monday, flooding two towns.";
    assertTrue(GoldText.carries(GoldText.Text.of(article), "The river burst its banks on Monday,  flooding two towns"));
    // 9 trigrams, 8 held (the last word changed): 8/9 >= 0.8
    assertTrue(GoldText.carries(GoldText.Text.of(article), "the river burst its banks on Monday flooding two villages"));
    // the middle word changed: 6 of 9 held
    assertFalse(GoldText.carries(GoldText.Text.of(article), "The river burst its levees on Monday, flooding two towns"));
  }

  @Test
  void bigramJaccardByHand() {
    // bigrams {a b, b c, c d} and {a b, b c, c e}: 2 shared of 4
    assertEquals(0.5, GoldText.bigramJaccard(GoldText.Text.of("a b c d"), GoldText.Text.of("A b c e")), 1e-12);
    assertEquals(0.0, GoldText.bigramJaccard(GoldText.Text.of(""), GoldText.Text.of("a b")), 1e-12);
  }
}
