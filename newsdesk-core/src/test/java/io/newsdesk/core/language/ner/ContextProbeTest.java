package io.newsdesk.core.language.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextProbeTest {

  /**
   * Sentences of six words whose vectors are noise, except that a person's two words point one way and a place's
   * word another; the person's second word is only told apart from its first by the word before it.
   */
  private static List<float[][]> vectors = new ArrayList<>();
  private static List<int[]> tags = new ArrayList<>();

  static {
    Random random = new Random(3);
    for (int s = 0; s < 200; s++) {
      float[][] v = new float[6][4];
      int[] t = new int[6];
      for (float[] word : v) {
        for (int d = 0; d < word.length; d++) {
          word[d] = (float) random.nextGaussian() * 0.3f;
        }
      }
      int person = random.nextInt(3); // words person, person + 1
      v[person][0] += 2;
      v[person + 1][0] += 2;
      t[person] = BioTags.ALL.indexOf("B-PER");
      t[person + 1] = BioTags.ALL.indexOf("I-PER");
      v[5][1] += 2;
      t[5] = BioTags.ALL.indexOf("B-LOC");
      vectors.add(v);
      tags.add(t);
    }
  }

  @Test
  void learnsTagsFromTheVectorsOfAWordAndItsNeighbours() {
    ContextProbe probe = ContextProbe.train(vectors.subList(0, 150), tags.subList(0, 150), 4, 4);
    int right = 0;
    int words = 0;
    for (int s = 150; s < 200; s++) {
      String[][] hints = probe.hints(vectors.get(s));
      for (int i = 0; i < hints.length; i++) {
        right += hints[i][0].equals(BioTags.ALL.get(tags.get(s)[i])) ? 1 : 0;
        words++;
      }
    }
    assertTrue(right > 0.95 * words, right + " of " + words);
    // the hints: the likeliest tag, the tag with how sure the probe is, and the types it thinks likely
    String[][] hints = probe.hints(vectors.get(150));
    assertEquals("B-LOC", hints[5][0]);
    assertTrue(hints[5][1].matches("B-LOC[hm]"), hints[5][1]);
    assertTrue(List.of(hints[5]).stream().anyMatch(h -> h.matches("LOC[hm]")), List.of(hints[5]).toString());
    assertTrue(List.of(hints[5]).stream().noneMatch(h -> h.startsWith("PER")), List.of(hints[5]).toString());
    List<EntitySpan> names = probe.names(vectors.get(150));
    assertEquals(2, names.size());
    assertEquals(new EntitySpan(5, 6, EntityType.LOC), names.get(1));
  }

  @Test
  void writesAndReadsTheSameProbeAndRefusesOtherVectors() throws IOException {
    ContextProbe probe = ContextProbe.train(vectors, tags, 4, 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    probe.write(new DataOutputStream(bytes));
    ContextProbe read = ContextProbe.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertArrayEquals(probe.hints(vectors.get(7)), read.hints(vectors.get(7)));
    // training is deterministic
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ContextProbe.train(vectors, tags, 4, 2).write(new DataOutputStream(again));
    assertArrayEquals(bytes.toByteArray(), again.toByteArray());
    assertThrows(IllegalArgumentException.class, () -> probe.hints(new float[][] {new float[5]}));
    assertEquals(0, probe.hints(new float[0][]).length);
  }
}
