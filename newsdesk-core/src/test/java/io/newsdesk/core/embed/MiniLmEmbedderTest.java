package io.newsdesk.core.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = new MiniLmEmbedder(MiniLmEmbedder.DEFAULT_MAX_TOKENS, 1);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void givesUnitVectorsInWhichParaphrasesAreCloserThanOtherNews() {
    float[][] v = embedder.embed(List.of(
        "Earthquake destroys homes in the Varno valley",
        "Central bank cuts its key interest rate by a quarter point",
        "Strong quake flattens houses across Varno valley villages"));
    assertEquals(3, v.length);
    for (float[] x : v) {
      assertEquals(embedder.dimensions(), x.length);
      assertEquals(1.0, TextEmbedder.cosine(x, x), 1e-4);
    }
    assertTrue(TextEmbedder.cosine(v[0], v[2]) > TextEmbedder.cosine(v[0], v[1]) + 0.2,
        "quake paraphrases " + TextEmbedder.cosine(v[0], v[2]) + ", quake and rates " + TextEmbedder.cosine(v[0], v[1]));
  }

  @Test
  void batchingByLengthKeepsEachVectorWithItsText() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      texts.add(i % 2 == 0 ? "Flood in Misrata" : "Dockworkers at Kelport stop work over unpaid wages for the third day "
          + "running as ships wait at anchor outside the harbour, the union says");
    }
    float[][] all = embedder.embed(texts);
    float[][] one = embedder.embed(List.of(texts.get(0), texts.get(1)));
    // activations are quantised per batch, so a vector moves a little with its batch-mates, never to another text
    for (int i = 0; i < texts.size(); i++) {
      assertTrue(TextEmbedder.cosine(all[i], one[i % 2]) > 0.98, "text " + i + ": " + TextEmbedder.cosine(all[i], one[i % 2]));
      assertTrue(TextEmbedder.cosine(all[i], one[i % 2]) > TextEmbedder.cosine(all[i], one[1 - i % 2]) + 0.3, "text " + i);
    }
  }

  @Test
  void takesEmptyInputAndLongText() {
    assertEquals(0, embedder.embed(List.of()).length);
    float[][] v = embedder.embed(List.of("", "word ".repeat(5000)));
    assertEquals(2, v.length);
    assertEquals(embedder.dimensions(), v[1].length);
  }

  @Test
  void givesEachWordItsVectorInContextAndZerosPastTheInputLength() {
    float[][] spoke = embedder.embedWords(List.of("Jordan", "said", "on", "Friday", "that", "al-Qaeda", "left"));
    float[][] went = embedder.embedWords(List.of("They", "went", "to", "Jordan", "on", "Friday"));
    assertEquals(7, spoke.length);
    assertEquals(embedder.dimensions(), spoke[0].length);
    // "al-Qaeda" is several word pieces, read as one word; each word is read in its sentence
    assertTrue(norm(spoke[5]) > 0);
    double sameWord = TextEmbedder.cosine(unit(spoke[0]), unit(went[3]));
    assertTrue(sameWord < 0.99, "Jordan in two sentences: " + sameWord);
    assertTrue(sameWord > TextEmbedder.cosine(unit(spoke[0]), unit(went[1])), "Jordan and went: " + sameWord);
    // 64 word pieces at most: the words past them get zeros
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      words.add("word");
    }
    float[][] cut = embedder.embedWords(words);
    assertEquals(100, cut.length);
    assertTrue(norm(cut[10]) > 0);
    assertEquals(0, norm(cut[99]));
    assertEquals(0, embedder.embedWords(List.of()).length);
  }

  private static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  private static float[] unit(float[] v) {
    float[] u = v.clone();
    double n = norm(v);
    for (int i = 0; i < u.length; i++) {
      u[i] /= n;
    }
    return u;
  }

  @Test
  void refusesAnInputLengthTheModelCannotTake() {
    assertThrows(IllegalArgumentException.class, () -> new MiniLmEmbedder(4, 1));
    assertThrows(IllegalArgumentException.class, () -> new MiniLmEmbedder(1024, 1));
  }
}
