package io.newsdesk.core.language.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A named-entity recogniser that tags each token of a sentence with a BIO tag, left to right, by an averaged
 * perceptron over {@link NerFeatures}: small, fast and deterministic, trained in seconds. An "I-" tag is only
 * chosen after a tag of its own type, so every output is a well-formed span sequence.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {

  /** The model newsdesk ships, as {@code newsdesk train ner} writes it. */
  public static final String RESOURCE = "ner-model.bin.gz";
  private static final int FORMAT = 2;
  private static final int TAGS = BioTags.ALL.size();

  private final Map<String, float[]> weights;
  private final NerFeatures features;
  private final NameLists lists;

  private PerceptronEntityRecognizer(Map<String, float[]> weights, PlaceNames places, NameLists lists) {
    this.weights = weights;
    this.lists = lists;
    this.features = new NerFeatures(places);
  }

  /**
   * The model shipped with newsdesk, reading places from {@code places}: newsdesk passes
   * {@code WorldGazetteer::isWellKnown}, since with every town name surnames such as "Santos" read as places.
   */
  public static PerceptronEntityRecognizer load(PlaceNames places) {
    try (InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the entity model " + RESOURCE + " is missing; run newsdesk train ner");
      }
      return read(in, places);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity model", e);
    }
  }

  @Override
  public List<EntitySpan> recognize(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return BioTags.toSpans(tag(tokens, null));
  }

  /** Tags a sentence; with {@code gold} given, also updates the weights on each mistake (training). */
  private List<String> tag(List<String> tokens, Training training) {
    NerFeatures.Sentence s = features.sentence(tokens, training == null ? lists : training.lists);
    List<String> tags = new ArrayList<>(tokens.size());
    String prev = "<s>";
    String prev2 = "<s>";
    float[] scores = new float[TAGS];
    for (int i = 0; i < tokens.size(); i++) {
      List<String> f = features.of(s, i, prev, prev2);
      java.util.Arrays.fill(scores, 0f);
      for (String name : f) {
        float[] w = weights.get(name);
        if (w != null) {
          for (int t = 0; t < TAGS; t++) {
            scores[t] += w[t];
          }
        }
      }
      int best = best(scores, prev);
      if (training != null) {
        int gold = training.gold[i];
        if (best != gold) {
          training.update(f, gold, best);
        }
        best = gold; // the next token's features see the gold history: measured better than its own guesses
      }
      String tag = BioTags.ALL.get(best);
      tags.add(tag);
      prev2 = prev;
      prev = tag;
    }
    return tags;
  }

  /** The highest-scoring tag that may follow {@code prev}: "I-X" only after "B-X" or "I-X". */
  private static int best(float[] scores, String prev) {
    int best = 0;
    for (int t = 1; t < TAGS; t++) {
      String tag = BioTags.ALL.get(t);
      if (tag.startsWith("I-") && !(prev.length() > 2 && prev.substring(2).equals(tag.substring(2)))) {
        continue;
      }
      if (scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }

  /** The harvested name lists this model reads. */
  public NameLists lists() {
    return lists;
  }

  /** Number of features with a weight. */
  public int featureCount() {
    return weights.size();
  }

  /**
   * Trains a recogniser on {@code sentences} for {@code epochs} passes, shuffled by a fixed seed so that the same
   * data always gives the same model. The name lists are harvested from the same sentences.
   */
  public static PerceptronEntityRecognizer train(List<LabelledSentence> sentences, int epochs, PlaceNames places) {
    NameLists lists = NameLists.harvest(sentences);
    Map<String, float[]> live = new HashMap<>();
    PerceptronEntityRecognizer model = new PerceptronEntityRecognizer(live, places, lists);
    Training training = new Training(live);
    // each document sees the lists harvested from the others, as a test document will
    Map<String, NameLists> withoutDocument = new HashMap<>();
    for (LabelledSentence s : sentences) {
      withoutDocument.computeIfAbsent(s.document(), d -> NameLists.harvestExcept(sentences, d));
    }
    List<LabelledSentence> order = new ArrayList<>(sentences);
    Random random = new Random(17);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (LabelledSentence s : order) {
        if (s.tokens().isEmpty()) {
          continue;
        }
        List<String> gold = BioTags.fromSpans(s.tokens().size(), s.spans());
        training.gold = gold.stream().mapToInt(BioTags.ALL::indexOf).toArray();
        training.lists = withoutDocument.get(s.document());
        model.tag(s.tokens(), training);
        training.step++;
      }
    }
    return new PerceptronEntityRecognizer(training.averaged(), places, lists);
  }

  /** The weights being learnt, their running sums and when each was last changed, for averaging. */
  private static final class Training {
    final Map<String, float[]> live;
    final Map<String, double[]> totals = new HashMap<>();
    final Map<String, int[]> stamps = new HashMap<>();
    int[] gold;
    NameLists lists;
    int step = 1;

    Training(Map<String, float[]> live) {
      this.live = live;
    }

    void update(List<String> features, int gold, int guess) {
      for (String f : features) {
        float[] w = live.computeIfAbsent(f, k -> new float[TAGS]);
        double[] total = totals.computeIfAbsent(f, k -> new double[TAGS]);
        int[] stamp = stamps.computeIfAbsent(f, k -> new int[TAGS]);
        for (int t : new int[] {gold, guess}) {
          total[t] += (double) (step - stamp[t]) * w[t];
          stamp[t] = step;
        }
        w[gold] += 1;
        w[guess] -= 1;
      }
    }

    Map<String, float[]> averaged() {
      Map<String, float[]> averaged = new HashMap<>();
      for (Map.Entry<String, float[]> e : live.entrySet()) {
        float[] w = e.getValue();
        double[] total = totals.get(e.getKey());
        int[] stamp = stamps.get(e.getKey());
        float[] avg = new float[TAGS];
        boolean any = false;
        for (int t = 0; t < TAGS; t++) {
          double sum = total[t] + (double) (step - stamp[t]) * w[t];
          // The sum, not the mean: dividing every weight by the same count changes no decision.
          avg[t] = (float) sum;
          any |= avg[t] != 0;
        }
        if (any) {
          averaged.put(e.getKey(), avg);
        }
      }
      return averaged;
    }
  }

  /** Writes the model: gzip of the name lists and every feature's weights, in sorted order (deterministic bytes). */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(FORMAT);
    out.writeInt(TAGS);
    for (String t : BioTags.ALL) {
      out.writeUTF(t);
    }
    writeSet(out, lists.firstNames());
    writeSet(out, lists.organisationWords());
    writeSet(out, lists.commonWords());
    Map<String, Integer> nameWords = new TreeMap<>(lists.nameWords());
    out.writeInt(nameWords.size());
    for (Map.Entry<String, Integer> e : nameWords.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    Map<String, float[]> sorted = new TreeMap<>(weights);
    out.writeInt(sorted.size());
    for (Map.Entry<String, float[]> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      // a byte saying which tags have a weight, then those weights: most features weigh for two or three tags
      float[] w = e.getValue();
      int mask = 0;
      for (int t = 0; t < TAGS; t++) {
        mask |= w[t] != 0 ? 1 << t : 0;
      }
      out.writeByte(mask);
      for (int t = 0; t < TAGS; t++) {
        if (w[t] != 0) {
          out.writeFloat(w[t]);
        }
      }
    }
    out.flush();
    gz.finish();
  }

  private static void writeSet(DataOutputStream out, Set<String> words) throws IOException {
    List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(words));
    out.writeInt(sorted.size());
    for (String w : sorted) {
      out.writeUTF(w);
    }
  }

  /** Reads a model {@link #write} wrote. */
  public static PerceptronEntityRecognizer read(InputStream source, PlaceNames places) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
    if (in.readInt() != FORMAT) {
      throw new IOException("unknown entity model format");
    }
    int tags = in.readInt();
    List<String> names = new ArrayList<>();
    for (int t = 0; t < tags; t++) {
      names.add(in.readUTF());
    }
    if (!names.equals(BioTags.ALL)) {
      throw new IOException("the entity model's tags " + names + " are not " + BioTags.ALL);
    }
    Set<String> firstNames = readSet(in);
    Set<String> organisationWords = readSet(in);
    Set<String> commonWords = readSet(in);
    int nameWordCount = in.readInt();
    Map<String, Integer> nameWords = new HashMap<>(nameWordCount * 2);
    for (int i = 0; i < nameWordCount; i++) {
      nameWords.put(in.readUTF(), (int) in.readByte());
    }
    NameLists lists = new NameLists(firstNames, organisationWords, nameWords, commonWords);
    int count = in.readInt();
    Map<String, float[]> weights = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      String f = in.readUTF();
      float[] w = new float[TAGS];
      int mask = in.readUnsignedByte();
      for (int t = 0; t < TAGS; t++) {
        w[t] = (mask & (1 << t)) != 0 ? in.readFloat() : 0f;
      }
      weights.put(f, w);
    }
    return new PerceptronEntityRecognizer(weights, places, lists);
  }

  private static Set<String> readSet(DataInputStream in) throws IOException {
    int n = in.readInt();
    Set<String> words = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      words.add(in.readUTF());
    }
    return words;
  }
}
