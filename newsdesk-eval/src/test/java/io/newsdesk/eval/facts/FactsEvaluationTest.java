package io.newsdesk.eval.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactsEvaluationTest {

  @Test
  void anAnswerOverlapsWhenItSharesAWordThatIsNoStopWord() {
    assertTrue(FactsEvaluation.overlaps("Croydon, London", List.of("in a tunnel", "south London")));
    assertFalse(FactsEvaluation.overlaps("in the", List.of("in the tunnel")), "stop words alone do not count");
    assertFalse(FactsEvaluation.overlaps("Paris", List.of()));
  }
}
