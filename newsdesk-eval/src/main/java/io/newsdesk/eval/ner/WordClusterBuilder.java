package io.newsdesk.eval.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.language.ner.WordClusters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * {@code newsdesk train word-clusters}: builds {@link WordClusters} from the MiniLM model newsdesk ships, with no
 * data set: every whole word of its tokenizer's vocabulary (letters only, two or more) is embedded alone, and the
 * unit vectors are clustered by spherical k-means into a tree (each cluster split again by k-means). The
 * vocabulary is the tokenizer's, not the training corpus's, so that a word of the training data and a word of new
 * text are equally likely to be known. Deterministic for a given machine: a fixed seed, sorted words, one thread
 * for the model.
 */
public final class WordClusterBuilder {

  /** Clusters per node at each level: 32 coarse, each cut into 8, each of those into 4 (1,024 leaves at most). */
  static final int[] BRANCHING = {32, 8, 4};
  private static final int ITERATIONS = 25;
  private static final long SEED = 17;

  private WordClusterBuilder() {}

  public static void run(Path target, PrintWriter out) throws IOException {
    long start = System.nanoTime();
    List<String> words = vocabulary();
    out.printf(Locale.ROOT, "embedding %d vocabulary words with MiniLM%n", words.size());
    out.flush();
    float[][] vectors;
    try (TextEmbedder embedder = new MiniLmEmbedder(16, 1)) {
      vectors = embedder.embed(words);
    }
    WordClusters clusters = cluster(words, vectors, BRANCHING, SEED);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    try (OutputStream o = Files.newOutputStream(target)) {
      clusters.write(o);
    }
    out.printf(Locale.ROOT, "wrote %s (%d words, %d levels %s, %d bytes) in %.1f s%n", target, clusters.size(),
        clusters.levels(), Arrays.toString(BRANCHING), Files.size(target), (System.nanoTime() - start) / 1e9);
    out.printf(Locale.ROOT, "train word-clusters: words=%d model_bytes=%d%n", clusters.size(), Files.size(target));
  }

  /** The tokenizer's whole words of two letters or more, sorted. */
  static List<String> vocabulary() throws IOException {
    try (InputStream in = MiniLmEmbedder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      if (in == null) {
        throw new IllegalStateException("the MiniLM tokenizer is not on the class path");
      }
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      TreeSet<String> words = new TreeSet<>();
      for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
        String w = it.next();
        if (w.length() >= 2 && w.chars().allMatch(Character::isLetter)) {
          words.add(w);
        }
      }
      return new ArrayList<>(words);
    }
  }

  /** Clusters {@code vectors} (unit length) into a tree of {@code branching.length} levels. */
  static WordClusters cluster(List<String> words, float[][] vectors, int[] branching, long seed) {
    int n = words.size();
    short[][] paths = new short[n][branching.length];
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[i] = i;
    }
    Random random = new Random(seed);
    split(vectors, members, branching, 0, 0, paths, random);
    Map<String, short[]> table = new HashMap<>();
    for (int i = 0; i < n; i++) {
      table.put(words.get(i), paths[i]);
    }
    return new WordClusters(table, branching.length);
  }

  /** Splits {@code members} (all under node {@code node} of level {@code level - 1}) and recurses. */
  private static void split(float[][] vectors, int[] members, int[] branching, int level, int node, short[][] paths,
      Random random) {
    if (level == branching.length) {
      return;
    }
    int k = Math.max(1, Math.min(branching[level], members.length / 4));
    int[] assignment = kMeans(vectors, members, k, random);
    for (int c = 0; c < k; c++) {
      int id = node * branching[level] + c;
      List<Integer> inside = new ArrayList<>();
      for (int m = 0; m < members.length; m++) {
        if (assignment[m] == c) {
          inside.add(members[m]);
          paths[members[m]][level] = (short) id;
        }
      }
      split(vectors, inside.stream().mapToInt(Integer::intValue).toArray(), branching, level + 1, id, paths, random);
    }
  }

  /** Spherical k-means (largest dot product) from a k-means++ start; the cluster of each member. */
  static int[] kMeans(float[][] vectors, int[] members, int k, Random random) {
    int n = members.length;
    int dims = vectors[members[0]].length;
    float[][] centroids = new float[k][];
    double[] distance = new double[n];
    Arrays.fill(distance, Double.MAX_VALUE);
    centroids[0] = vectors[members[random.nextInt(n)]].clone();
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int m = 0; m < n; m++) {
        distance[m] = Math.min(distance[m], 1 - dot(vectors[members[m]], centroids[c - 1]));
        total += Math.max(0, distance[m]);
      }
      double pick = random.nextDouble() * total;
      int chosen = n - 1;
      for (int m = 0; m < n; m++) {
        pick -= Math.max(0, distance[m]);
        if (pick <= 0) {
          chosen = m;
          break;
        }
      }
      centroids[c] = vectors[members[chosen]].clone();
    }
    int[] assignment = new int[n];
    Arrays.fill(assignment, -1);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      boolean changed = false;
      for (int m = 0; m < n; m++) {
        int best = 0;
        double bestDot = -Double.MAX_VALUE;
        for (int c = 0; c < k; c++) {
          double d = dot(vectors[members[m]], centroids[c]);
          if (d > bestDot) {
            bestDot = d;
            best = c;
          }
        }
        changed |= assignment[m] != best;
        assignment[m] = best;
      }
      if (!changed) {
        break;
      }
      float[][] sums = new float[k][dims];
      for (int m = 0; m < n; m++) {
        float[] v = vectors[members[m]];
        float[] s = sums[assignment[m]];
        for (int d = 0; d < dims; d++) {
          s[d] += v[d];
        }
      }
      for (int c = 0; c < k; c++) {
        double norm = Math.sqrt(dot(sums[c], sums[c]));
        if (norm > 0) { // an emptied cluster keeps its centroid
          for (int d = 0; d < dims; d++) {
            sums[c][d] /= (float) norm;
          }
          centroids[c] = sums[c];
        }
      }
    }
    return assignment;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }
}
