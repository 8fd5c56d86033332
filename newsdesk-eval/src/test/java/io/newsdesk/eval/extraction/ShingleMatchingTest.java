package io.newsdesk.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holds the Java port to the benchmark's {@code evaluate.py}. The expected figures were computed by running
 * evaluate.py's own functions ({@code string_shingle_matching}, {@code metrics_from_tp_fp_fns},
 * {@code get_accuracy}) on the fixture in {@code extraction/metric/}: ten pages written for the edge cases
 * (extra and missing text, repeated shingles, texts shorter than a shingle, empty sides, Unicode).
 */
class ShingleMatchingTest {

  private static final double EXACT = 1e-12;

  /** Per page (tp, fp, fn) as evaluate.py prints them for the fixture. */
  private static final Map<String, double[]> PYTHON_COUNTS = Map.of(
      "full-match", new double[] {1.0, 0.0, 0.0},
      "extra-text", new double[] {0.5789473684210527, 0.42105263157894735, 0.0},
      "missing-text", new double[] {0.42857142857142855, 0.0, 0.5714285714285714},
      "repeated", new double[] {0.5, 0.25, 0.25},
      "short", new double[] {0.0, 0.5, 0.5},
      "empty-prediction", new double[] {0.0, 0.0, 1.0},
      "empty-truth", new double[] {0.0, 1.0, 0.0},
      "both-empty", new double[] {0.0, 0.0, 0.0},
      "unicode", new double[] {0.7142857142857143, 0.14285714285714285, 0.14285714285714285},
      "punctuation-only-prediction", new double[] {0.0, 0.0, 1.0});

  @Test
  void countsEqualPythonsOnEveryFixturePage() throws IOException {
    JsonNode truth = fixture("edge-cases-truth.json");
    JsonNode predicted = fixture("edge-cases-prediction.json").get("output");
    for (Map.Entry<String, double[]> page : PYTHON_COUNTS.entrySet()) {
      ShingleMatching.Counts c = ShingleMatching.compare(truth.get(page.getKey()).get("articleBody").asText(),
          predicted.get(page.getKey()).get("articleBody").asText());
      double[] expected = page.getValue();
      assertEquals(expected[0], c.tp(), EXACT, page.getKey() + " tp");
      assertEquals(expected[1], c.fp(), EXACT, page.getKey() + " fp");
      assertEquals(expected[2], c.fn(), EXACT, page.getKey() + " fn");
    }
  }

  @Test
  void scoresEqualPythonsOverTheFixture() throws IOException {
    JsonNode truth = fixture("edge-cases-truth.json");
    JsonNode predicted = fixture("edge-cases-prediction.json").get("output");
    List<ShingleMatching.Counts> counts = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    for (Map.Entry<String, JsonNode> page : truth.properties()) {
      String t = page.getValue().get("articleBody").asText();
      String p = predicted.get(page.getKey()).get("articleBody").asText();
      counts.add(ShingleMatching.compare(t, p));
      exact.add(ShingleMatching.sameTokens(t, p));
    }
    ShingleMatching.Scores s = ShingleMatching.score(counts, exact);
    // evaluate.py: {'f1': 0.532979055954986, 'precision': 0.5827067669172932, 'recall': 0.49107142857142855},
    // accuracy 0.2
    assertEquals(0.532979055954986, s.f1(), EXACT);
    assertEquals(0.5827067669172932, s.precision(), EXACT);
    assertEquals(0.49107142857142855, s.recall(), EXACT);
    assertEquals(0.2, s.accuracy(), EXACT);
    assertEquals(10, s.pages());
  }

  @Test
  void tokensAreWhatPythonsBackslashWFinds() {
    // Python: re.findall(r'\w+', ...) gives ['Café', 'ﬁnal', 'naïve', 'e', 'té', 'x²', '½', 'cup_size', '東京の天気は晴れ']
    assertEquals(List.of("Café", "ﬁnal", "naïve", "e", "té", "x²", "½", "cup_size", "東京の天気は晴れ"),
        WordTokens.of("Café ﬁnal naïve e\u0301t\u00e9 x\u00b2 \u00bd cup_size 東京の天気は晴れ"));
    assertEquals(List.of("don", "t", "3", "5", "U", "S"), WordTokens.of("don't 3.5 U.S."));
    assertEquals(List.of(), WordTokens.of("... — !!"));
  }

  @Test
  void textShorterThanAShingleIsOneShingle() {
    assertEquals(Map.of(List.of("Two", "words"), 1), ShingleMatching.shingles("Two words"));
    assertEquals(Map.of(), ShingleMatching.shingles(""));
  }

  @Test
  void scoreRejectsListsOfDifferentLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShingleMatching.score(List.of(new ShingleMatching.Counts(1, 0, 0)), List.of()));
    assertEquals("pages and exact must have the same size: 1 vs 0", e.getMessage());
  }

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = ShingleMatchingTest.class.getResourceAsStream("/extraction/metric/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
