package io.newsdesk.core.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial logistic regression from a text's features (for each section, its cosine to the nearest of the
 * section's {@link CategoryDescriptions}) to its coarse {@link Section}: one weight vector and bias per section,
 * probabilities by softmax, drawn towards what the descriptions alone say. Learnt by {@link #train} (full-batch gradient descent
 * from zero, so the same examples give the same model byte for byte), stored as a small text file.
 */
public final class SectionModel {

  /** The model newsdesk ships, trained by {@code newsdesk train categories} on news-cluster. */
  public static final String RESOURCE = "section-model.tsv";

  private final Map<Section, float[]> weights;
  private final Map<Section, Float> biases;
  private final int dimensions;
  /** The weights as the arithmetic wants them, by section ordinal. */
  private final double[][] matrix;
  private final double[] offsets;

  private SectionModel(Map<Section, float[]> weights, Map<Section, Float> biases) {
    if (weights.size() != Section.values().length || !weights.keySet().equals(biases.keySet())) {
      throw new IllegalArgumentException("a section model needs weights and a bias for every section");
    }
    this.dimensions = weights.values().iterator().next().length;
    for (float[] w : weights.values()) {
      if (w.length != dimensions) {
        throw new IllegalArgumentException("every section's weights must have " + dimensions + " dimensions");
      }
    }
    this.weights = new EnumMap<>(weights);
    this.biases = new EnumMap<>(biases);
    this.matrix = new double[Section.values().length][dimensions];
    this.offsets = new double[matrix.length];
    for (Section s : Section.values()) {
      float[] row = weights.get(s);
      for (int j = 0; j < dimensions; j++) {
        matrix[s.ordinal()][j] = row[j];
      }
      offsets[s.ordinal()] = biases.get(s);
    }
  }

  /**
   * How the model is learnt.
   *
   * @param l2         weight of the squared-norm penalty, per example
   * @param iterations full passes of gradient descent
   * @param rate       step size
   * @param balanced   whether each section's examples weigh as much in all as any other section's, so a section
   *                   that the training set happens to hold much of is not favoured on news that holds less
   * @param prior      the weight each section starts from, and is drawn back to by the penalty, on its own
   *                   feature (its nearest description): the descriptions' own reading, which the labelled
   *                   articles only correct; 0 for a plain regression drawn to zero
   */
  public record Training(double l2, int iterations, double rate, boolean balanced, double prior) {
    public Training {
      if (!(l2 >= 0) || iterations < 1 || !(rate > 0)) {
        throw new IllegalArgumentException("l2 >= 0, iterations >= 1, rate > 0: " + l2 + ", " + iterations + ", " + rate);
      }
    }

    /**
     * The settings of the shipped model, chosen by leave-one-story-out cross-validation on the 21 dev stories of
     * news-cluster ({@code CategoriesSweep}; title and three lead sentences, each text embedded alone): accuracy
     * 0.890 at prior 40, 0.882 at prior 10 or 20 (l2 0.01 or 0.1 alike); 0.858-0.866 for a plain regression (prior
     * 0), which learns the stories more than the sections; 0.898 for the descriptions alone, untrained.
     */
    public static final Training DEFAULT = new Training(0.1, 300, 1.0, true, 40);
  }

  /** Learns a model from unit vectors and their sections. */
  public static SectionModel train(List<float[]> vectors, List<Section> sections, Training training) {
    if (vectors.isEmpty() || vectors.size() != sections.size()) {
      throw new IllegalArgumentException("need as many sections as vectors, and at least one: "
          + vectors.size() + " / " + sections.size());
    }
    int n = vectors.size();
    int d = vectors.get(0).length;
    int k = Section.values().length;
    double[] exampleWeight = new double[n];
    int[] counts = new int[k];
    sections.forEach(s -> counts[s.ordinal()]++);
    int present = (int) java.util.Arrays.stream(counts).filter(c -> c > 0).count();
    for (int i = 0; i < n; i++) {
      exampleWeight[i] = training.balanced() ? (double) n / (present * counts[sections.get(i).ordinal()]) : 1.0;
    }
    double[][] prior = new double[k][d];
    if (training.prior() != 0) {
      if (d != k) {
        throw new IllegalArgumentException("a prior needs one feature per section, got " + d + " features");
      }
      for (int c = 0; c < k; c++) {
        prior[c][c] = training.prior();
      }
    }
    double[][] w = new double[k][];
    for (int c = 0; c < k; c++) {
      w[c] = prior[c].clone();
    }
    double[] b = new double[k];
    double[] p = new double[k];
    for (int it = 0; it < training.iterations(); it++) {
      double[][] gw = new double[k][d];
      double[] gb = new double[k];
      for (int i = 0; i < n; i++) {
        float[] x = vectors.get(i);
        softmax(w, b, x, p);
        int y = sections.get(i).ordinal();
        for (int c = 0; c < k; c++) {
          double g = exampleWeight[i] * (p[c] - (c == y ? 1 : 0));
          gb[c] += g;
          double[] row = gw[c];
          for (int j = 0; j < d; j++) {
            row[j] += g * x[j];
          }
        }
      }
      for (int c = 0; c < k; c++) {
        b[c] -= training.rate() * gb[c] / n;
        for (int j = 0; j < d; j++) {
          w[c][j] -= training.rate() * (gw[c][j] / n + training.l2() * (w[c][j] - prior[c][j]));
        }
      }
    }
    Map<Section, float[]> weights = new EnumMap<>(Section.class);
    Map<Section, Float> biases = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      float[] row = new float[d];
      for (int j = 0; j < d; j++) {
        row[j] = round(w[s.ordinal()][j]);
      }
      weights.put(s, row);
      biases.put(s, round(b[s.ordinal()]));
    }
    return new SectionModel(weights, biases);
  }

  /** Six decimals, as the file keeps them, so a model read back predicts exactly as the one trained. */
  private static float round(double v) {
    return Float.parseFloat(String.format(Locale.ROOT, "%.6f", v));
  }

  private static void softmax(double[][] w, double[] b, float[] x, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = b[c];
      for (int j = 0; j < x.length; j++) {
        s += w[c][j] * x[j];
      }
      out[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < w.length; c++) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < w.length; c++) {
      out[c] /= sum;
    }
  }

  public int dimensions() {
    return dimensions;
  }

  /** The probability of each section for a text's unit vector. */
  public Map<Section, Double> probabilities(float[] vector) {
    if (vector.length != dimensions) {
      throw new IllegalArgumentException("expected a vector of " + dimensions + " dimensions, got " + vector.length);
    }
    double[] p = new double[matrix.length];
    softmax(matrix, offsets, vector, p);
    Map<Section, Double> out = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      out.put(s, p[s.ordinal()]);
    }
    return out;
  }

  /** The most probable section; ties go to the first in {@link Section}'s order. */
  public Section predict(float[] vector) {
    Map<Section, Double> p = probabilities(vector);
    Section best = Section.WORLD;
    for (Section s : Section.values()) {
      if (p.get(s) > p.get(best)) {
        best = s;
      }
    }
    return best;
  }

  /** Writes the model as text: a line per section, its label, bias and weights, tab-separated. */
  public void write(Path file, String provenance) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# " + provenance.replace('\n', ' ') + "\n");
      for (Section s : Section.values()) {
        StringBuilder line = new StringBuilder(s.label());
        line.append('\t').append(String.format(Locale.ROOT, "%.6f", biases.get(s)));
        for (float v : weights.get(s)) {
          line.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  /** The model shipped with newsdesk. */
  public static SectionModel load() {
    try (InputStream in = SectionModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + SectionModel.class.getName()
            + " (newsdesk train categories writes it)");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A model as {@link #write} wrote it. */
  public static SectionModel read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<Section, float[]> weights = new EnumMap<>(Section.class);
    Map<Section, Float> biases = new EnumMap<>(Section.class);
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      Section s = Section.of(cells[0]);
      biases.put(s, Float.parseFloat(cells[1]));
      float[] row = new float[cells.length - 2];
      for (int j = 2; j < cells.length; j++) {
        row[j - 2] = Float.parseFloat(cells[j]);
      }
      weights.put(s, row);
    }
    return new SectionModel(weights, biases);
  }
}
