package io.newsdesk.core.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionModelTest {

  @TempDir
  Path dir;

  /** Six features, one per section; each example leans to its own section's feature. */
  private static List<float[]> vectors(List<Section> sections, long seed) {
    Random r = new Random(seed);
    List<float[]> out = new ArrayList<>();
    for (Section s : sections) {
      float[] v = new float[Section.values().length];
      for (int j = 0; j < v.length; j++) {
        v[j] = 0.2f + 0.05f * (float) r.nextGaussian();
      }
      v[s.ordinal()] += 0.15f;
      out.add(v);
    }
    return out;
  }

  private static List<Section> labels(int n) {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Section.values()[i % Section.values().length]);
    }
    return out;
  }

  @Test
  void learnsAndWritesTheSameModelEveryTime() throws IOException {
    List<Section> y = labels(120);
    List<float[]> x = vectors(y, 7);
    SectionModel.Training t = SectionModel.Training.DEFAULT;
    SectionModel.train(x, y, t).write(dir.resolve("a.tsv"), "test");
    SectionModel.train(x, y, t).write(dir.resolve("b.tsv"), "test");
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.tsv")), Files.readAllBytes(dir.resolve("b.tsv")));

    SectionModel read = SectionModel.read(Files.newInputStream(dir.resolve("a.tsv")));
    List<Section> testY = labels(60);
    List<float[]> testX = vectors(testY, 8);
    int right = 0;
    for (int i = 0; i < testX.size(); i++) {
      right += read.predict(testX.get(i)) == testY.get(i) ? 1 : 0;
    }
    assertEquals(60, right, 6.0, "nearly every separable example right");
  }

  @Test
  void theShippedModelReadsOneFeaturePerSection() {
    assertEquals(Section.values().length, SectionModel.load().dimensions());
  }

  @Test
  void badSettingsAndExamplesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SectionModel.Training(-1, 10, 1, true, 0));
    assertThrows(IllegalArgumentException.class, () -> SectionModel.train(List.of(), List.of(), SectionModel.Training.DEFAULT));
  }
}
