package io.newsdesk.core.language.ner;

import io.newsdesk.core.embed.OnnxEncoder;
import io.newsdesk.core.embed.WordEmbedder;
import io.newsdesk.core.language.AveragedPerceptron;
import io.newsdesk.core.language.PosTagger;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A named-entity recogniser that tags each token of a sentence with a BIO tag by an averaged perceptron over
 * {@link NerFeatures}: small, fast and deterministic, trained in seconds. Decoding keeps the best few tag sequences
 * (a beam) rather than only the best one, and an "I-" tag is only chosen after a tag of its own type, so every
 * output is a well-formed span sequence. The "O" tag must beat the best name tag by a margin (the outside bias),
 * which trades a little precision for recall: a perceptron trained on text where most words are no name is too
 * shy of names. Beam and bias are chosen on the tuning part of the training data and stored with the weights.
 * Trained with a word embedder ({@link Resources#words}), it also reads what a {@link ContextProbe}, stored with the
 * weights, makes of each word's contextual vectors.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {

  /** The model newsdesk ships, as {@code newsdesk train ner} writes it. */
  public static final String RESOURCE = "ner-model.bin.gz";
  private static final int FORMAT = 5; // 5: with the context probe (ContextProbe), when trained with one
  private static final int TAGS = BioTags.ALL.size();
  private static final String START = "<s>";
  /**
   * The beam width of training and decoding: on the tuning part, training and decoding with 4 scored about a point
   * above greedy tagging (decoding a greedily trained model with a beam scored far worse).
   */
  static final int BEAM = 4;
  /** The encoder whose word vectors the shipped model was trained with. */
  public static final OnnxEncoder.Model WORD_VECTORS = OnnxEncoder.Model.E5_SMALL_V2;
  /**
   * The word pieces of a sentence that the word embedder should read ({@code new OnnxEncoder(WORD_VECTORS,
   * WORD_PIECES, threads)}): nearly every sentence of the training data fits; words past it get no contextual hints.
   */
  public static final int WORD_PIECES = 256;
  /** Models trained in different orders whose weights are averaged into the one shipped. */
  private static final int MIXES = 3;

  /** How a model decodes: the beam width (1: greedy) and the margin the "O" tag must beat. */
  public record Decoding(int beam, float outsideBias) {
    public Decoding {
      if (beam < 1) {
        throw new IllegalArgumentException("beam must be at least 1: " + beam);
      }
    }

  }

  private final Map<String, float[]> weights;
  private final NerFeatures features;
  private final NameLists lists;
  private final Resources resources;
  /** The context probe, or null for a model trained without word vectors. */
  private final ContextProbe probe;
  private final Decoding decoding;

  private PerceptronEntityRecognizer(Map<String, float[]> weights, Resources resources, NameLists lists,
      Decoding decoding, ContextProbe probe) {
    if (probe != null && resources.words() == null) {
      throw new IllegalArgumentException("this entity model reads contextual word vectors: give it a word embedder");
    }
    if (probe != null && probe.dimensions() != resources.words().dimensions()) {
      throw new IllegalArgumentException("this entity model reads word vectors of " + probe.dimensions()
          + " dimensions, the word embedder gives " + resources.words().dimensions());
    }
    this.weights = weights;
    this.lists = lists;
    this.resources = resources;
    this.decoding = decoding;
    this.probe = probe;
    this.features = new NerFeatures(resources.places(), resources.clusters(), resources.tagger(), resources.names());
  }

  /**
   * What the recogniser reads besides its weights, each loaded once by the caller and passed in: the gazetteer's
   * place names, the word clusters, the part-of-speech tagger (null: none), the name words the model was trained
   * with, and the embedder of contextual word vectors (null: none; the shipped model's is {@link #WORD_VECTORS}).
   */
  public record Resources(PlaceNames places, WordClusters clusters, PosTagger tagger, NameWords names,
      WordEmbedder words) {
    public Resources {
      java.util.Objects.requireNonNull(places);
      java.util.Objects.requireNonNull(clusters);
      java.util.Objects.requireNonNull(names);
    }

    /** Without word vectors. */
    public Resources(PlaceNames places, WordClusters clusters, PosTagger tagger, NameWords names) {
      this(places, clusters, tagger, names, null);
    }

    /** Places only: no clusters, no tagger and no name words (for tests). */
    public static Resources placesOnly(PlaceNames places) {
      return new Resources(places, WordClusters.none(), null, NameWords.none());
    }
  }

  /**
   * The model shipped with newsdesk, reading places from {@code places}: newsdesk passes
   * {@code WorldGazetteer::isWellKnown}, since with every town name surnames such as "Santos" read as places; and
   * the shipped word clusters {@code clusters} ({@link WordClusters#load()}, which it was trained with), the
   * shipped part-of-speech tagger {@code tagger}, the shipped name words ({@link NameWords#load()}) and the
   * contextual word vectors {@code words} of {@link #WORD_VECTORS} ({@link #WORD_PIECES}).
   */
  public static PerceptronEntityRecognizer load(PlaceNames places, WordClusters clusters, PosTagger tagger,
      NameWords names, WordEmbedder words) {
    try (InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the entity model " + RESOURCE + " is missing; run newsdesk train ner");
      }
      return read(in, new Resources(places, clusters, tagger, names, words));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity model", e);
    }
  }

  /** This model decoding as {@code decoding} says. */
  public PerceptronEntityRecognizer withDecoding(Decoding decoding) {
    return new PerceptronEntityRecognizer(weights, resources, lists, decoding, probe);
  }

  public Decoding decoding() {
    return decoding;
  }

  @Override
  public List<EntitySpan> recognize(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return trimmed(tokens, BioTags.toSpans(decode(features.sentence(tokens, lists, null, hints(tokens)))));
  }

  @Override
  public List<List<EntitySpan>> recognizeDocument(List<List<String>> sentences) {
    DocumentMemory memory = new DocumentMemory();
    List<List<EntitySpan>> out = new ArrayList<>(sentences.size());
    for (List<String> tokens : sentences) {
      if (tokens.isEmpty()) {
        out.add(List.of());
        continue;
      }
      List<EntitySpan> spans =
          trimmed(tokens, BioTags.toSpans(decode(features.sentence(tokens, lists, memory, hints(tokens)))));
      memory.remember(tokens, spans);
      out.add(spans);
    }
    return out;
  }

  /** The context probe's hints for one sentence, or null for a model without one. */
  private String[][] hints(List<String> tokens) {
    return probe == null ? null : probe.hints(resources.words().embedWords(tokens));
  }

  /**
   * The spans without the tokens of neither letter nor digit they start or end with ("San Francisco .." as "San
   * Francisco", "- Reuters" as "Reuters"); a span of such tokens alone is dropped. Names never start or end with
   * punctuation in either corpus, yet the tagger, reading one token at a time, sometimes runs a name on into it.
   */
  static List<EntitySpan> trimmed(List<String> tokens, List<EntitySpan> spans) {
    List<EntitySpan> out = new ArrayList<>(spans.size());
    for (EntitySpan s : spans) {
      int start = s.start();
      int end = s.end();
      while (start < end && !hasLetterOrDigit(tokens.get(start))) {
        start++;
      }
      while (end > start && !hasLetterOrDigit(tokens.get(end - 1))) {
        end--;
      }
      if (start < end) {
        out.add(start == s.start() && end == s.end() ? s : new EntitySpan(start, end, s.type()));
      }
    }
    return out;
  }

  private static boolean hasLetterOrDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A partial tag sequence in the beam: its last tag, the sequence before it (null at the start), its score. */
  private record Path(Path before, int tag, double score) {
    String tagName() {
      return BioTags.ALL.get(tag);
    }
  }

  /** The best tag sequence the beam finds. */
  private List<String> decode(NerFeatures.Sentence s) {
    int n = s.words.size();
    List<Path> beam = new ArrayList<>();
    beam.add(null);
    float[] base = new float[TAGS];
    float[] scores = new float[TAGS];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(base, 0f);
      add(base, features.of(s, i));
      base[0] -= decoding.outsideBias();
      beam = extend(beam, base, scores, s, i, decoding.beam());
    }
    String[] tags = new String[n];
    Path p = beam.get(0);
    for (int i = n - 1; i >= 0; i--) {
      tags[i] = p.tagName();
      p = p.before();
    }
    return List.of(tags);
  }

  private void add(float[] scores, List<String> names) {
    for (String name : names) {
      float[] w = weights.get(name);
      if (w != null) {
        for (int t = 0; t < TAGS; t++) {
          scores[t] += w[t];
        }
      }
    }
  }

  /**
   * The beam after word {@code i}: each path extended by each tag allowed after it, scored by the word's own
   * features ({@code base}) and those of the path's last two tags, the best {@code width} kept.
   */
  private List<Path> extend(List<Path> beam, float[] base, float[] scores, NerFeatures.Sentence s, int i, int width) {
    List<Path> next = new ArrayList<>(beam.size() * TAGS);
    for (Path p : beam) {
      String prev = p == null ? START : p.tagName();
      String prev2 = p == null || p.before() == null ? START : p.before().tagName();
      System.arraycopy(base, 0, scores, 0, TAGS);
      add(scores, features.history(s, i, prev, prev2));
      double sofar = p == null ? 0 : p.score();
      for (int t = 0; t < TAGS; t++) {
        if (allowed(t, prev)) {
          next.add(new Path(p, t, sofar + scores[t]));
        }
      }
    }
    // a stable sort: ties keep the order of the beam, then of the tags, so decoding is deterministic
    next.sort((a, b) -> Double.compare(b.score(), a.score()));
    return next.subList(0, Math.min(width, next.size()));
  }

  /** Whether tag {@code t} may follow {@code prev}: "I-X" only after "B-X" or "I-X". */
  private static boolean allowed(int t, String prev) {
    String tag = BioTags.ALL.get(t);
    return !tag.startsWith("I-") || (prev.length() > 2 && prev.substring(2).equals(tag.substring(2)));
  }

  /**
   * Training by beam search with early update (Collins and Roark): the sentence is decoded as at run time; as soon
   * as the gold sequence falls out of the beam, or ends below the best, the weights move towards the gold prefix
   * and away from the best one, and the rest of the sentence is skipped. Returns the best sequence found (tags past
   * an early stop read "O").
   */
  private List<String> learn(NerFeatures.Sentence s, AveragedPerceptron training, int[] goldTags, int width) {
    int n = s.words.size();
    List<List<String>> statics = new ArrayList<>(n);
    List<Path> beam = new ArrayList<>();
    beam.add(null);
    Path gold = null;
    float[] base = new float[TAGS];
    float[] scores = new float[TAGS];
    Path best = null;
    int stopped = n;
    for (int i = 0; i < n; i++) {
      List<String> f = features.of(s, i);
      statics.add(f);
      java.util.Arrays.fill(base, 0f);
      add(base, f);
      beam = extend(beam, base, scores, s, i, width);
      String goldPrev = gold == null ? START : gold.tagName();
      String goldPrev2 = gold == null || gold.before() == null ? START : gold.before().tagName();
      gold = new Path(gold, goldTags[i], 0);
      boolean inBeam = false;
      for (Path p : beam) {
        inBeam |= sameTags(p, gold);
      }
      best = beam.get(0);
      if (!inBeam || (i == n - 1 && !sameTags(best, gold))) {
        stopped = i + 1;
        break;
      }
    }
    if (stopped < n || !sameTags(best, gold)) {
      Path g = gold;
      Path b = best;
      for (int j = stopped - 1; j >= 0; j--) {
        String gPrev = g.before() == null ? START : g.before().tagName();
        String gPrev2 = g.before() == null || g.before().before() == null ? START : g.before().before().tagName();
        String bPrev = b.before() == null ? START : b.before().tagName();
        String bPrev2 = b.before() == null || b.before().before() == null ? START : b.before().before().tagName();
        if (g.tag() != b.tag() || !gPrev.equals(bPrev) || !gPrev2.equals(bPrev2)) {
          training.add(statics.get(j), g.tag(), 1);
          training.add(features.history(s, j, gPrev, gPrev2), g.tag(), 1);
          training.add(statics.get(j), b.tag(), -1);
          training.add(features.history(s, j, bPrev, bPrev2), b.tag(), -1);
        }
        g = g.before();
        b = b.before();
      }
    }
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, "O");
    Path p = best;
    for (int i = stopped - 1; i >= 0 && p != null; i--) {
      tags[i] = p.tagName();
      p = p.before();
    }
    return List.of(tags);
  }

  private static boolean sameTags(Path a, Path b) {
    while (a != null && b != null) {
      if (a.tag() != b.tag()) {
        return false;
      }
      a = a.before();
      b = b.before();
    }
    return a == null && b == null;
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
   * Trains a recogniser on {@code sentences} for {@code epochs} passes, the documents in an order shuffled by a
   * fixed seed (each document's sentences in their own order, so that its memory of earlier names is built as at
   * run time), so that the same data always gives the same model. The name lists are harvested from the same
   * sentences; the model decodes greedily until {@link #withDecoding} says otherwise. With a word embedder in
   * {@code resources} it is trained with a context probe ({@link TrainingHints#of}).
   */
  public static PerceptronEntityRecognizer train(List<LabelledSentence> sentences, int epochs, Resources resources) {
    return train(sentences, epochs, resources,
        resources.words() == null ? null : TrainingHints.of(sentences, resources.words()));
  }

  /**
   * As {@link #train(List, int, Resources)}, with the context probe and hints {@code context} made for these
   * sentences (null: none), so that several trainings on the same sentences make them once.
   */
  public static PerceptronEntityRecognizer train(List<LabelledSentence> sentences, int epochs, Resources resources,
      TrainingHints context) {
    NameLists lists = NameLists.harvest(sentences);
    // the tagger reads each sentence once, not once a pass
    Map<List<String>, List<String[]>> tagged = new HashMap<>();
    PosTagger tagger = resources.tagger() == null ? null : new PosTagger() {
      @Override
      public List<TaggedWord> tag(List<String> words) {
        return resources.tagger().tag(words);
      }

      @Override
      public List<String[]> partsOfSpeech(List<String> words) {
        return tagged.computeIfAbsent(words, resources.tagger()::partsOfSpeech);
      }
    };
    Resources cached =
        new Resources(resources.places(), resources.clusters(), tagger, resources.names(), resources.words());
    // each document sees the lists harvested from the others, as a test document will
    Map<String, List<LabelledSentence>> documents = new LinkedHashMap<>();
    for (LabelledSentence s : sentences) {
      documents.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s);
    }
    Map<String, NameLists> withoutDocument = new HashMap<>();
    for (String d : documents.keySet()) {
      withoutDocument.put(d, NameLists.harvestExcept(sentences, d));
    }
    // Averaging models trained in different orders (parameter mixing) smooths the order's luck out of the
    // weights: on the tuning part, three orders scored about half a point above one.
    Map<String, float[]> mixed = new HashMap<>();
    for (int k = 0; k < MIXES; k++) {
      Map<String, float[]> one = trainOnce(documents, withoutDocument, epochs, cached, lists, context, 17 + k);
      for (Map.Entry<String, float[]> e : one.entrySet()) {
        float[] sum = mixed.computeIfAbsent(e.getKey(), x -> new float[TAGS]);
        for (int t = 0; t < TAGS; t++) {
          sum[t] += e.getValue()[t] / MIXES;
        }
      }
    }
    return new PerceptronEntityRecognizer(mixed, resources, lists, new Decoding(BEAM, 0f),
        context == null ? null : context.probe());
  }

  private static Map<String, float[]> trainOnce(Map<String, List<LabelledSentence>> documents,
      Map<String, NameLists> withoutDocument, int epochs, Resources resources, NameLists lists, TrainingHints context,
      long seed) {
    AveragedPerceptron training = AveragedPerceptron.learner(TAGS);
    // the probe is not used while training: each sentence reads its cross-fitted hints
    PerceptronEntityRecognizer model =
        new PerceptronEntityRecognizer(training.liveWeights(), resources, lists, new Decoding(BEAM, 0f), null);
    List<String> order = new ArrayList<>(documents.keySet());
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (String d : order) {
        DocumentMemory memory = new DocumentMemory();
        NameLists others = withoutDocument.get(d);
        for (LabelledSentence s : documents.get(d)) {
          if (s.tokens().isEmpty()) {
            continue;
          }
          List<String> gold = BioTags.fromSpans(s.tokens().size(), s.spans());
          int[] goldTags = gold.stream().mapToInt(BioTags.ALL::indexOf).toArray();
          List<String> guessed =
              model.learn(model.features.sentence(s.tokens(), others, memory,
                  context == null ? null : context.hints().get(s)), training, goldTags, BEAM);
          // the memory holds what the model found, not the gold names, as it will on new text
          memory.remember(s.tokens(), BioTags.toSpans(guessed));
          training.nextStep();
        }
      }
    }
    return training.averagedWeights();
  }

  /**
   * Writes the model: gzip of the name lists, every feature's weights in sorted order (deterministic bytes) and the
   * context probe, if any.
   */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(FORMAT);
    out.writeInt(TAGS);
    for (String t : BioTags.ALL) {
      out.writeUTF(t);
    }
    out.writeInt(decoding.beam());
    out.writeFloat(decoding.outsideBias());
    lists.write(out);
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
    out.writeBoolean(probe != null);
    if (probe != null) {
      probe.write(out);
    }
    out.flush();
    gz.finish();
  }

  /** Reads a model {@link #write} wrote, with the resources it was trained with. */
  public static PerceptronEntityRecognizer read(InputStream source, Resources resources) throws IOException {
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
    Decoding decoding = new Decoding(in.readInt(), in.readFloat());
    NameLists lists = NameLists.read(in);
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
    ContextProbe probe = in.readBoolean() ? ContextProbe.read(in) : null;
    return new PerceptronEntityRecognizer(weights, resources, lists, decoding, probe);
  }
}
