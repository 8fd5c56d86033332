package io.newsdesk.eval.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerScoresTest {

  @Test
  void tokenF1IsTheHarmonicMeanOfSharedTokensOverEachSide() {
    // answer [croydon, tram], gold [a, tram, in, croydon]: 2 shared, P = 2/2, R = 2/4, F1 = 2/3
    assertEquals(2.0 / 3, AnswerScores.f1("Croydon tram", "a tram in Croydon"), 1e-9);
    // a repeated token counts as often as the rarer side has it: [the, the, cat] v [the, cat], P = 2/3, R = 1
    assertEquals(0.8, AnswerScores.f1("the the cat", "The cat"), 1e-9);
    assertEquals(1.0, AnswerScores.f1("Wednesday", "wednesday"), 1e-9);
    assertEquals(0.0, AnswerScores.f1("Paris", "London"), 1e-9);
    assertEquals(0.0, AnswerScores.f1("", "London"), 1e-9);
  }

  @Test
  void aPaddedAnswerLosesPrecision() {
    // [london, paris, rome, berlin] v [london]: P = 1/4, R = 1, F1 = 0.4; the overlap counts it a hit all the same
    assertEquals(0.4, AnswerScores.f1("London, Paris, Rome, Berlin", "London"), 1e-9);
    assertTrue(AnswerScores.overlaps("London, Paris, Rome, Berlin", List.of("London")));
  }

  @Test
  void theBestAnnotationIsTheOneGivingTheHighestF1() {
    // [new, york] v [new, york, city]: P = 1, R = 2/3, F1 = 0.8; v [in, manhattan]: 0
    assertEquals(0.8, AnswerScores.bestF1("New York", List.of("in Manhattan", "New York City")), 1e-9);
    assertEquals(0.0, AnswerScores.bestF1("New York", List.of()), 1e-9);
  }

  @Test
  void anAnswerOverlapsWhenItSharesAWordThatIsNoStopWord() {
    assertTrue(AnswerScores.overlaps("Croydon, London", List.of("in a tunnel", "south London")));
    assertFalse(AnswerScores.overlaps("in the", List.of("in the tunnel")), "stop words alone do not count");
    assertFalse(AnswerScores.overlaps("Paris", List.of()));
  }
}
