package io.newsdesk.core.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multiclass linear model over string features, learnt by the averaged perceptron: on each mistake the gold
 * class gains and the guessed class loses one for every feature of the example, and the weights kept are the
 * sums over every step (averaging, which keeps the last examples from dominating). Small, deterministic for a
 * given order of examples, and fast to apply. Weights are read-only once {@link #averaged} or read.
 */
public final class AveragedPerceptron {

  private final int classes;
  private final Map<String, float[]> weights;
  // while learning: running sums and when each weight last changed
  private final Map<String, double[]> totals;
  private final Map<String, int[]> stamps;
  private int step = 1;

  private AveragedPerceptron(int classes, Map<String, float[]> weights, boolean learning) {
    this.classes = classes;
    this.weights = weights;
    this.totals = learning ? new HashMap<>() : null;
    this.stamps = learning ? new HashMap<>() : null;
  }

  /** An empty model that learns. */
  public static AveragedPerceptron learner(int classes) {
    return new AveragedPerceptron(classes, new HashMap<>(), true);
  }

  public int classes() {
    return classes;
  }

  public int featureCount() {
    return weights.size();
  }

  /** The score of each class for {@code features}. */
  public float[] scores(List<String> features) {
    float[] scores = new float[classes];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int c = 0; c < classes; c++) {
          scores[c] += w[c];
        }
      }
    }
    return scores;
  }

  /** The best class for {@code features} (the lowest index on a tie). */
  public int best(List<String> features) {
    return argmax(scores(features));
  }

  public static int argmax(float[] scores) {
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }

  /** The index of the highest score; ties go to the lower index, so a choice never depends on map order. */
  public static int argmax(double[] scores) {
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }

  /** Learns from one example, a step of its own; returns the class guessed before the update. */
  public int learn(List<String> features, int gold) {
    int guess = best(features);
    if (guess != gold) {
      add(features, gold, 1);
      add(features, guess, -1);
    }
    nextStep();
    return guess;
  }

  /**
   * Adds {@code delta} to the weight of class {@code c} for each of {@code features}, at the current step: for
   * learners whose updates are not one example's gold against its guess (a beam's early update).
   */
  public void add(List<String> features, int c, float delta) {
    if (totals == null) {
      throw new IllegalStateException("this model no longer learns");
    }
    for (String f : features) {
      float[] w = weights.computeIfAbsent(f, k -> new float[classes]);
      double[] total = totals.computeIfAbsent(f, k -> new double[classes]);
      int[] stamp = stamps.computeIfAbsent(f, k -> new int[classes]);
      total[c] += (double) (step - stamp[c]) * w[c];
      stamp[c] = step;
      w[c] += delta;
    }
  }

  /** Ends a step: the weights as they stand count once more in the average. */
  public void nextStep() {
    step++;
  }

  /** The weights as they stand while learning, read-only, for a model that decodes with them between updates. */
  public Map<String, float[]> liveWeights() {
    return java.util.Collections.unmodifiableMap(weights);
  }

  /** The averaged model, which no longer learns; weights whose mean is zero for every class are dropped. */
  public AveragedPerceptron averaged() {
    return new AveragedPerceptron(classes, averagedWeights(), false);
  }

  /** The mean of each weight over every step so far; features whose means are all zero are left out. */
  public Map<String, float[]> averagedWeights() {
    Map<String, float[]> averaged = new HashMap<>();
    for (Map.Entry<String, float[]> e : weights.entrySet()) {
      float[] w = e.getValue();
      double[] total = totals.get(e.getKey());
      int[] stamp = stamps.get(e.getKey());
      float[] avg = new float[classes];
      boolean any = false;
      for (int c = 0; c < classes; c++) {
        // the mean over steps, so that a margin means the same whatever the number of examples
        avg[c] = (float) ((total[c] + (double) (step - stamp[c]) * w[c]) / step);
        any |= avg[c] != 0;
      }
      if (any) {
        averaged.put(e.getKey(), avg);
      }
    }
    return averaged;
  }

  /** Writes the weights in sorted order of feature (the same model gives the same bytes). */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    Map<String, float[]> sorted = new TreeMap<>(weights);
    out.writeInt(sorted.size());
    for (Map.Entry<String, float[]> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      for (float w : e.getValue()) {
        out.writeFloat(w);
      }
    }
  }

  public static AveragedPerceptron read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int n = in.readInt();
    Map<String, float[]> weights = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String f = in.readUTF();
      float[] w = new float[classes];
      for (int c = 0; c < classes; c++) {
        w[c] = in.readFloat();
      }
      weights.put(f, w);
    }
    return new AveragedPerceptron(classes, weights, false);
  }
}
