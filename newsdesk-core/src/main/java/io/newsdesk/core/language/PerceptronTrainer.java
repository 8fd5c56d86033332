package io.newsdesk.core.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link PerceptronTagger} from gold sentences: several passes in a shuffled order fixed by a seed, greedy
 * decoding on the current weights, a perceptron update on each mistake, and weights averaged over every step
 * (which keeps the last sentences from dominating). Deterministic: the same sentences and options give the same
 * model.
 */
public final class PerceptronTrainer {

  /**
   * @param iterations    passes over the training sentences
   * @param seed          fixes the order of each pass
   * @param dictionaryMin how often a word must occur to enter the tag dictionary
   * @param dictionaryShare the share of its occurrences its commonest class must have
   * @param prune         averaged weights smaller than this (in absolute value) are dropped from the model
   * @param ambiguityMin  how often a word must occur for its possible tags to be a feature of the words before it
   * @param shuffles      how many models to train, each on its own shuffled order (seeds {@code seed},
   *                      {@code seed + 1}, ...), whose weights are then averaged into one
   */
  public record Options(int iterations, long seed, int dictionaryMin, double dictionaryShare, double prune,
                        int ambiguityMin, int shuffles) {
    public static Options defaults() {
      return new Options(10, 17L, 20, 0.97, 0.05, 5, 5);
    }
  }

  /** A feature's weights while training: current, summed over time, and when each was last changed. */
  private static final class Learning {
    short[] classes = new short[2];
    float[] weights = new float[2];
    double[] totals = new double[2];
    int[] stamps = new int[2];
    int size;

    int slot(int c, boolean create) {
      for (int k = 0; k < size; k++) {
        if (classes[k] == c) {
          return k;
        }
      }
      if (!create) {
        return -1;
      }
      if (size == classes.length) {
        int n = size * 2;
        classes = java.util.Arrays.copyOf(classes, n);
        weights = java.util.Arrays.copyOf(weights, n);
        totals = java.util.Arrays.copyOf(totals, n);
        stamps = java.util.Arrays.copyOf(stamps, n);
      }
      classes[size] = (short) c;
      return size++;
    }

    void update(int c, float delta, int now) {
      int k = slot(c, true);
      totals[k] += (double) (now - stamps[k]) * weights[k];
      stamps[k] = now;
      weights[k] += delta;
    }
  }

  private final Options options;

  public PerceptronTrainer(Options options) {
    this.options = options;
  }

  /**
   * Trains on {@code sentences}; {@code afterPass} hears the number of each finished pass (for progress and for
   * dev figures of the pass), and {@code documents} names what was trained on, stored in the model.
   */
  public PerceptronTagger train(List<ConllU.Sentence> sentences, List<String> documents, PassListener afterPass) {
    // Averaging models trained in different orders (parameter mixing) smooths the order's luck out of the
    // weights: on the dev part, five shuffles voting tagged 0.2 points more words right than one.
    List<PerceptronTagger> models = new ArrayList<>();
    for (int k = 0; k < Math.max(1, options.shuffles()); k++) {
      models.add(train(sentences, documents, k == 0 ? afterPass : null, options.seed() + k));
    }
    return models.size() == 1 ? models.get(0) : PerceptronTagger.mixed(models);
  }

  private PerceptronTagger train(List<ConllU.Sentence> sentences, List<String> documents, PassListener afterPass,
                                 long seed) {
    List<String> classes = new ArrayList<>(new TreeSet<>(sentences.stream().flatMap(s -> s.tokens().stream())
        .map(PerceptronTrainer::className).toList()));
    Map<String, Integer> classIndex = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      classIndex.put(classes.get(c), c);
    }
    Map<String, Integer> dictionary = tagDictionary(sentences, classIndex);
    Map<String, String> ambiguity = ambiguityClasses(sentences);
    Map<String, Learning> learning = new HashMap<>();
    List<String[]> words = new ArrayList<>();
    List<int[]> gold = new ArrayList<>();
    for (ConllU.Sentence s : sentences) {
      words.add(s.forms().toArray(String[]::new));
      gold.add(s.tokens().stream().mapToInt(t -> classIndex.get(className(t))).toArray());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    double[] scores = new double[classes.size()];
    List<String> features = new ArrayList<>(40);
    int now = 0;
    for (int pass = 1; pass <= options.iterations(); pass++) {
      Collections.shuffle(order, random);
      long correct = 0;
      long total = 0;
      for (int index : order) {
        String[] sentence = words.get(index);
        int[] truth = gold.get(index);
        PerceptronTagger.Context context = new PerceptronTagger.Context(sentence, ambiguity);
        String prev = PerceptronTagger.Context.START;
        String prev2 = PerceptronTagger.Context.START2;
        for (int i = 0; i < sentence.length; i++) {
          Integer known = dictionary.get(sentence[i]);
          int guess;
          if (known != null) {
            guess = known;
          } else {
            features.clear();
            context.features(i, prev, prev2, features);
            java.util.Arrays.fill(scores, 0);
            for (String f : features) {
              Learning w = learning.get(f);
              if (w != null) {
                for (int k = 0; k < w.size; k++) {
                  scores[w.classes[k]] += w.weights[k];
                }
              }
            }
            guess = AveragedPerceptron.argmax(scores);
            now++;
            if (guess != truth[i]) {
              for (String f : features) {
                Learning w = learning.computeIfAbsent(f, x -> new Learning());
                w.update(truth[i], 1f, now);
                w.update(guess, -1f, now);
              }
            }
          }
          correct += guess == truth[i] ? 1 : 0;
          total++;
          prev2 = prev;
          prev = classes.get(guess);
        }
      }
      if (afterPass != null) {
        PerceptronTagger snapshot = average(learning, now, classes, dictionary, ambiguity, documents);
        afterPass.passed(pass, (double) correct / Math.max(1, total), snapshot);
      }
    }
    return average(learning, now, classes, dictionary, ambiguity, documents).withLemmatizer(Lemmatizer.learn(sentences));
  }

  /** Hears each finished pass. */
  @FunctionalInterface
  public interface PassListener {
    /**
     * @param accuracy the share of words the pass itself tagged right (on the weights as they were then)
     * @param model    the averaged model after the pass, without lemmas
     */
    void passed(int pass, double accuracy, PerceptronTagger model);
  }

  private PerceptronTagger average(Map<String, Learning> learning, int now, List<String> classes,
                                   Map<String, Integer> dictionary, Map<String, String> ambiguity,
                                   List<String> documents) {
    Map<String, PerceptronTagger.Weights> averaged = new HashMap<>();
    for (Map.Entry<String, Learning> e : learning.entrySet()) {
      Learning w = e.getValue();
      short[] cls = new short[w.size];
      float[] values = new float[w.size];
      int n = 0;
      for (int k = 0; k < w.size; k++) {
        double total = w.totals[k] + (double) (now - w.stamps[k]) * w.weights[k];
        double mean = total / Math.max(1, now);
        if (Math.abs(mean) >= options.prune()) {
          cls[n] = w.classes[k];
          values[n] = (float) mean;
          n++;
        }
      }
      if (n > 0) {
        averaged.put(e.getKey(), new PerceptronTagger.Weights(java.util.Arrays.copyOf(cls, n),
            java.util.Arrays.copyOf(values, n)));
      }
    }
    return new PerceptronTagger(classes, dictionary, ambiguity, averaged, new Lemmatizer(Map.of()), documents);
  }

  /** Words seen often enough and nearly always with one class: they skip the perceptron. */
  private Map<String, Integer> tagDictionary(List<ConllU.Sentence> sentences, Map<String, Integer> classIndex) {
    Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
    for (ConllU.Sentence s : sentences) {
      for (ConllU.Token t : s.tokens()) {
        counts.computeIfAbsent(t.form(), x -> new TreeMap<>()).merge(classIndex.get(className(t)), 1, Integer::sum);
      }
    }
    Map<String, Integer> dictionary = new HashMap<>();
    counts.forEach((word, byClass) -> {
      int total = byClass.values().stream().mapToInt(Integer::intValue).sum();
      Map.Entry<Integer, Integer> best = byClass.entrySet().stream()
          .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
              : Integer.compare(a.getValue(), b.getValue())).orElseThrow();
      if (total >= options.dictionaryMin() && best.getValue() >= options.dictionaryShare() * total) {
        dictionary.put(word, best.getKey());
      }
    });
    return dictionary;
  }

  /**
   * The UPOS tags each word seen at least {@code ambiguityMin} times took in at least a tenth of its occurrences,
   * joined in order ("ADP|SCONJ"), by normal form. Rarer words are left out, so that the feature means the same in
   * training, where every word is known, as on new text.
   */
  private Map<String, String> ambiguityClasses(List<ConllU.Sentence> sentences) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (ConllU.Sentence s : sentences) {
      for (ConllU.Token t : s.tokens()) {
        counts.computeIfAbsent(PerceptronTagger.Context.normal(t.form()), x -> new TreeMap<>())
            .merge(t.upos(), 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    counts.forEach((word, byTag) -> {
      int total = byTag.values().stream().mapToInt(Integer::intValue).sum();
      if (total >= options.ambiguityMin()) {
        out.put(word, String.join("|", byTag.entrySet().stream().filter(e -> e.getValue() * 10 >= total)
            .map(Map.Entry::getKey).toList()));
      }
    });
    return out;
  }

  /** The class a gold word belongs to: its UPOS and XPOS. */
  static String className(ConllU.Token t) {
    return t.upos() + " " + t.xpos();
  }
}
