package io.newsdesk.core.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingTextEmbedderTest {

  /** Embeds a text as its length, and notes what it was asked. */
  private static final class Counting implements TextEmbedder {
    final List<List<String>> asked = new ArrayList<>();

    @Override
    public int dimensions() {
      return 1;
    }

    @Override
    public float[][] embed(List<String> texts) {
      asked.add(List.copyOf(texts));
      return texts.stream().map(t -> new float[] {t.length()}).toArray(float[][]::new);
    }

    @Override
    public void close() {}
  }

  @Test
  void embedsEachTextOnceAndAnswersInTheOrderAsked() {
    Counting model = new Counting();
    CachingTextEmbedder cached = new CachingTextEmbedder(model, 10);
    assertArrayEquals(new float[][] {{1}, {2}, {1}}, cached.embed(List.of("a", "bb", "a")));
    assertArrayEquals(new float[][] {{3}, {2}}, cached.embed(List.of("ccc", "bb")));
    assertEquals(List.of(List.of("a", "bb"), List.of("ccc")), model.asked, "only texts not seen before");
    cached.embed(List.of("a"))[0][0] = 99; // what a caller does with its copy changes nothing remembered
    assertArrayEquals(new float[][] {{1}}, cached.embed(List.of("a")));
  }

  @Test
  void forgetsTheLeastRecentlyUsedPastItsCapacity() {
    Counting model = new Counting();
    CachingTextEmbedder cached = new CachingTextEmbedder(model, 2);
    cached.embed(List.of("a", "bb"));
    cached.embed(List.of("a")); // "a" used last, so "bb" is the one forgotten
    cached.embed(List.of("ccc"));
    cached.embed(List.of("a", "bb"));
    assertEquals(List.of(List.of("a", "bb"), List.of("ccc"), List.of("bb")), model.asked);
  }
}
