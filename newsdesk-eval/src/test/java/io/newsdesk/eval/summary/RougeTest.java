package io.newsdesk.eval.summary;

import io.newsdesk.eval.ScoringWords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

  private static final List<String> SUMMARY = ScoringWords.of("The cat sat on the mat.");
  private static final List<String> REFERENCE = ScoringWords.of("The cat lay on the MAT today!");

  @Test
  void rouge1CountsSharedWordsWithoutStopWords() {
    // summary cat sat mat, reference cat lay mat today: 2 shared, P 2/3, R 2/4, F1 4/7
    assertEquals(4.0 / 7, Rouge.rouge1(SUMMARY, REFERENCE), 1e-9);
  }

  @Test
  void rouge2CountsSharedPairsWithStopWords() {
    // "the cat", "on the", "the mat" shared: P 3/5, R 3/6, F1 6/11
    assertEquals(6.0 / 11, Rouge.rouge2(SUMMARY, REFERENCE), 1e-9);
    // a pair counts as often as it stands in both: "the the" twice in the summary, once in the reference
    assertEquals(2.0 / 3, Rouge.rouge2(ScoringWords.of("the the the"), ScoringWords.of("the the")), 1e-9);
    assertEquals(0, Rouge.rouge2(ScoringWords.of("cat"), REFERENCE));
  }

  @Test
  void severalReferencesScoreTheMeanF1() {
    Rouge.Scores s = Rouge.against(SUMMARY, List.of(REFERENCE, SUMMARY));
    assertEquals((4.0 / 7 + 1) / 2, s.rouge1(), 1e-9);
    assertEquals((6.0 / 11 + 1) / 2, s.rouge2(), 1e-9);
  }
}
