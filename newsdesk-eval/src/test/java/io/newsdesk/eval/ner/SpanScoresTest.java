package io.newsdesk.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.core.language.ner.EntitySpan;
import io.newsdesk.core.language.ner.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoresTest {

  @Test
  void countsOnlyExactSpansOfTheRightType() {
    SpanScores scores = new SpanScores();
    // gold: PER 0-2, LOC 4-5, ORG 6-8; found: PER 0-2 (right), LOC 4-5 as ORG (wrong type), ORG 6-7 (wrong end)
    scores.add(List.of(new EntitySpan(0, 2, EntityType.PER), new EntitySpan(4, 5, EntityType.LOC),
            new EntitySpan(6, 8, EntityType.ORG)),
        List.of(new EntitySpan(0, 2, EntityType.PER), new EntitySpan(4, 5, EntityType.ORG),
            new EntitySpan(6, 7, EntityType.ORG)));
    // a second sentence: one gold PER found, one missed
    scores.add(List.of(new EntitySpan(0, 1, EntityType.PER), new EntitySpan(3, 4, EntityType.PER)),
        List.of(new EntitySpan(0, 1, EntityType.PER)));
    assertEquals(1.0, scores.precision(EntityType.PER), 1e-9);
    assertEquals(2.0 / 3, scores.recall(EntityType.PER), 1e-9);
    assertEquals(0.8, scores.f1(EntityType.PER), 1e-9);
    assertEquals(0.0, scores.f1(EntityType.ORG), 1e-9);
    assertEquals(0.0, scores.recall(EntityType.LOC), 1e-9);
    // over all: 2 right of 4 found, of 5 gold
    assertEquals(0.5, scores.precision(null), 1e-9);
    assertEquals(0.4, scores.recall(null), 1e-9);
    assertEquals(2 * 0.5 * 0.4 / 0.9, scores.f1(null), 1e-9);
    assertEquals(5, scores.gold(null));
  }
}
