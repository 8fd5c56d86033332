package io.newsdesk.core.language;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A greedy averaged-perceptron tagger (Collins 2002; the design of Honnibal's "A good part-of-speech tagger in about
 * 200 lines of Python"): each word, left to right, gets the tag whose weights over the word's features score highest,
 * the features being the word, its lower-case form, prefixes and suffixes, shape, the neighbouring words and the two
 * tags just predicted. Frequent words that nearly always carry one tag take it from a tag dictionary. A class is a
 * UPOS and Penn XPOS pair ({@code "PROPN NNP"}), so one pass predicts both; lemmas come from a {@link Lemmatizer}.
 *
 * <p>Immutable once built; {@link PerceptronTrainer} learns one, {@link #write} and {@link #read} store it.
 */
public final class PerceptronTagger implements PosTagger {

  /** The model newsdesk ships, trained on GUM by {@code newsdesk train tagger}. */
  public static final String RESOURCE = "pos-tagger.bin.gz";
  /**
   * The model for headlines, trained on GUM and on its sentences rewritten as headlines by {@code newsdesk train
   * headline-tagger}: it finds the verb of "Cubs win title" and "Bomber rams truck", but on prose it tags fewer words
   * right (GUM's tuning documents: UPOS 0.943 against 0.947), so prose keeps {@link #RESOURCE}.
   */
  public static final String HEADLINE_RESOURCE = "headline-tagger.bin.gz";

  private static final int MAGIC = 0x4e445054; // "NDPT"
  private static final int VERSION = 2;

  /** One feature's weights, for the few classes it has any for. */
  record Weights(short[] classes, float[] values) {}

  private final List<String> classes;
  private final String[] upos;
  private final String[] xpos;
  private final Map<String, Integer> tagDictionary;
  private final Map<String, String> ambiguity;
  private final Map<String, Weights> weights;
  private final Lemmatizer lemmatizer;
  private final List<String> trainingDocuments;

  /**
   * @param classes           "UPOS XPOS" pairs, indexed by the weights
   * @param tagDictionary     the class of each frequent unambiguous word form
   * @param ambiguity         the UPOS tags each word seen a few times in training took ("ADP|SCONJ"), by its
   *                          normal form: the tags a word ahead may take, which a left-to-right tagger cannot see yet
   * @param trainingDocuments the documents it was trained on, so an evaluation can check it never saw its test part
   */
  PerceptronTagger(List<String> classes, Map<String, Integer> tagDictionary, Map<String, String> ambiguity,
                   Map<String, Weights> weights,
                   Lemmatizer lemmatizer, List<String> trainingDocuments) {
    this.classes = List.copyOf(classes);
    this.upos = new String[classes.size()];
    this.xpos = new String[classes.size()];
    for (int c = 0; c < classes.size(); c++) {
      String[] pair = classes.get(c).split(" ", 2);
      upos[c] = pair[0];
      xpos[c] = pair.length > 1 ? pair[1] : "_";
    }
    this.tagDictionary = Map.copyOf(tagDictionary);
    this.ambiguity = Map.copyOf(ambiguity);
    this.weights = Map.copyOf(weights);
    this.lemmatizer = lemmatizer;
    this.trainingDocuments = List.copyOf(trainingDocuments);
  }

  /** Reads the model newsdesk ships for prose. */
  public static PerceptronTagger load() {
    return load(RESOURCE);
  }

  /** Reads the model newsdesk ships for headlines ({@link #HEADLINE_RESOURCE}). */
  public static PerceptronTagger loadForHeadlines() {
    return load(HEADLINE_RESOURCE);
  }

  private static PerceptronTagger load(String resource) {
    InputStream in = PerceptronTagger.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the tagger model " + resource + " is missing from the classpath");
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tagger model " + resource, e);
    }
  }

  /** This model with {@code lemmas} for its lemmatizer. */
  PerceptronTagger withLemmatizer(Lemmatizer lemmas) {
    return new PerceptronTagger(classes, tagDictionary, ambiguity, weights, lemmas, trainingDocuments);
  }

  /**
   * One model whose weights are the mean of {@code models}' (trained on the same sentences, so sharing classes, tag
   * dictionary, word classes and lemmas).
   */
  static PerceptronTagger mixed(List<PerceptronTagger> models) {
    PerceptronTagger first = models.get(0);
    Map<String, TreeMap<Integer, Double>> sums = new HashMap<>();
    for (PerceptronTagger m : models) {
      if (!m.classes.equals(first.classes)) {
        throw new IllegalArgumentException("only models of the same classes mix");
      }
      m.weights.forEach((feature, w) -> {
        TreeMap<Integer, Double> byClass = sums.computeIfAbsent(feature, f -> new TreeMap<>());
        for (int k = 0; k < w.classes.length; k++) {
          byClass.merge((int) w.classes[k], (double) w.values[k], Double::sum);
        }
      });
    }
    Map<String, Weights> mean = new HashMap<>();
    sums.forEach((feature, byClass) -> {
      short[] cls = new short[byClass.size()];
      float[] values = new float[byClass.size()];
      int k = 0;
      for (Map.Entry<Integer, Double> e : byClass.entrySet()) {
        cls[k] = e.getKey().shortValue();
        values[k++] = (float) (e.getValue() / models.size());
      }
      mean.put(feature, new Weights(cls, values));
    });
    return new PerceptronTagger(first.classes, first.tagDictionary, first.ambiguity, mean, first.lemmatizer,
        first.trainingDocuments);
  }

  /** The documents the model was trained on. */
  public List<String> trainingDocuments() {
    return trainingDocuments;
  }

  /** How many features carry weights. */
  public int featureCount() {
    return weights.size();
  }

  @Override
  public List<TaggedWord> tag(List<String> words) {
    int[] predicted = classify(words.toArray(String[]::new));
    List<TaggedWord> out = new ArrayList<>(words.size());
    for (int i = 0; i < predicted.length; i++) {
      int c = predicted[i];
      String form = words.get(i);
      out.add(new TaggedWord(form, upos[c], xpos[c], lemmatizer.lemma(form, upos[c], xpos[c])));
    }
    return out;
  }

  @Override
  public List<String[]> partsOfSpeech(List<String> words) {
    int[] predicted = classify(words.toArray(String[]::new));
    List<String[]> out = new ArrayList<>(words.size());
    for (int c : predicted) {
      out.add(new String[] {upos[c], xpos[c]});
    }
    return out;
  }

  /** The class of each word, left to right. */
  int[] classify(String[] words) {
    Context context = new Context(words, ambiguity);
    int[] out = new int[words.length];
    double[] scores = new double[classes.size()];
    List<String> features = new ArrayList<>(40);
    String prev = Context.START;
    String prev2 = Context.START2;
    for (int i = 0; i < words.length; i++) {
      Integer known = tagDictionary.get(words[i]);
      int c;
      if (known != null) {
        c = known;
      } else {
        features.clear();
        context.features(i, prev, prev2, features);
        java.util.Arrays.fill(scores, 0);
        for (String f : features) {
          Weights w = weights.get(f);
          if (w != null) {
            for (int k = 0; k < w.classes.length; k++) {
              scores[w.classes[k]] += w.values[k];
            }
          }
        }
        c = AveragedPerceptron.argmax(scores);
      }
      out[i] = c;
      prev2 = prev;
      prev = classes.get(c); // the same names training gave the context
    }
    return out;
  }

  /** The words of one sentence and the features of each, as training and tagging both read them. */
  static final class Context {
    static final String START = "-START-";
    static final String START2 = "-START2-";
    /** Shapes longer than this are cut: the feature stays one of few values. */
    private static final int MAX_SHAPE = 8;
    private final String[] words;
    private final String[] lowers;
    private final String[] shapes;
    private final String[] classes;

    Context(String[] words, Map<String, String> ambiguity) {
      this.words = words;
      this.lowers = new String[words.length];
      this.shapes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lowers[i] = normal(words[i]);
        shapes[i] = shape(words[i]);
      }
      this.classes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        classes[i] = ambiguity.getOrDefault(lowers[i], "?");
      }
    }

    private String classesAt(int i) {
      return i < 0 || i >= words.length ? "-" : classes[i];
    }

    private String lower(int i) {
      return i < 0 ? (i == -1 ? "-S1-" : "-S2-") : i >= words.length ? (i == words.length ? "-E1-" : "-E2-") : lowers[i];
    }

    private String shapeAt(int i) {
      return i < 0 || i >= words.length ? "-" : shapes[i];
    }

    /** Adds the features of word {@code i}, after the tags {@code prev2 prev}, to {@code out}. */
    void features(int i, String prev, String prev2, List<String> out) {
      String w = words[i];
      String l = lowers[i];
      out.add("b");
      out.add("w " + w);
      out.add("l " + l);
      for (int n = 1; n <= 4; n++) {
        if (l.length() > n) {
          out.add("s" + n + " " + l.substring(l.length() - n));
        }
      }
      for (int n = 1; n <= 3; n++) {
        if (l.length() > n) {
          out.add("p" + n + " " + l.substring(0, n));
        }
      }
      out.add("sh " + shapes[i]);
      if (i == 0) {
        out.add("first " + shapes[i]);
      }
      int hyphen = l.lastIndexOf('-');
      if (hyphen > 0 && hyphen < l.length() - 1) {
        out.add("hy " + l.substring(hyphen + 1));
      }
      out.add("t1 " + prev);
      out.add("t12 " + prev2 + " " + prev);
      out.add("t1l " + prev + " " + l);
      out.add("l-1 " + lower(i - 1));
      out.add("l-1l " + lower(i - 1) + " " + l);
      out.add("s3-1 " + suffix(lower(i - 1)));
      out.add("l-2 " + lower(i - 2));
      out.add("l+1 " + lower(i + 1));
      out.add("ll+1 " + l + " " + lower(i + 1));
      out.add("s3+1 " + suffix(lower(i + 1)));
      out.add("sh+1 " + shapeAt(i + 1));
      out.add("l+2 " + lower(i + 2));
      out.add("t1l+1 " + prev + " " + lower(i + 1));
      out.add("a+1 " + classesAt(i + 1));
      out.add("a+2 " + classesAt(i + 1) + " " + classesAt(i + 2));
      out.add("a0+1 " + classesAt(i) + " " + classesAt(i + 1));
      out.add("t1a+1 " + prev + " " + classesAt(i + 1));
    }

    private static String suffix(String w) {
      return w.length() > 3 ? w.substring(w.length() - 3) : w;
    }

    /** Lower case, with numbers folded: a year and a count are told by their shape, not their value. */
    static String normal(String word) {
      boolean digit = false;
      for (int k = 0; k < word.length(); k++) {
        if (Character.isDigit(word.charAt(k))) {
          digit = true;
          break;
        }
      }
      if (digit) {
        if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
          return "!YEAR";
        }
        return "!DIGITS" + shape(word);
      }
      return word.toLowerCase(Locale.ROOT);
    }

    /** The word's short shape, cut to eight characters: a URL or a long code is told by how it starts. */
    static String shape(String word) {
      String shape = WordShape.of(word);
      return shape.length() > MAX_SHAPE ? shape.substring(0, MAX_SHAPE) : shape;
    }
  }

  /** Writes the model, gzipped: the same model always gives the same bytes. */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(trainingDocuments.size());
    for (String d : trainingDocuments) {
      out.writeUTF(d);
    }
    out.writeInt(classes.size());
    for (String c : classes) {
      out.writeUTF(c);
    }
    Map<String, Integer> dictionary = new TreeMap<>(tagDictionary);
    out.writeInt(dictionary.size());
    for (Map.Entry<String, Integer> e : dictionary.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
    Map<String, String> classesOfWords = new TreeMap<>(ambiguity);
    out.writeInt(classesOfWords.size());
    for (Map.Entry<String, String> e : classesOfWords.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    Map<String, String> lemmas = lemmatizer.exceptions();
    out.writeInt(lemmas.size());
    for (Map.Entry<String, String> e : lemmas.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    Map<String, Weights> sorted = new TreeMap<>(weights);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Weights> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      Weights w = e.getValue();
      out.writeShort(w.classes.length);
      for (int k = 0; k < w.classes.length; k++) {
        out.writeShort(w.classes[k]);
        out.writeFloat(w.values[k]);
      }
    }
    out.flush();
    gzip.finish();
  }

  /** Reads a model {@link #write} wrote. */
  public static PerceptronTagger read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a newsdesk tagger model");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("tagger model version " + version + ", this newsdesk reads " + VERSION);
    }
    List<String> documents = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      documents.add(in.readUTF());
    }
    List<String> classes = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      classes.add(in.readUTF());
    }
    Map<String, Integer> dictionary = new HashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      dictionary.put(in.readUTF(), (int) in.readShort());
    }
    Map<String, String> ambiguity = new HashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      ambiguity.put(in.readUTF(), in.readUTF());
    }
    Map<String, String> lemmas = new HashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      lemmas.put(in.readUTF(), in.readUTF());
    }
    int count = in.readInt();
    Map<String, Weights> weights = new HashMap<>(count * 2);
    for (int n = 0; n < count; n++) {
      String feature = in.readUTF();
      int size = in.readShort();
      short[] cls = new short[size];
      float[] values = new float[size];
      for (int k = 0; k < size; k++) {
        cls[k] = in.readShort();
        values[k] = in.readFloat();
      }
      weights.put(feature, new Weights(cls, values));
    }
    return new PerceptronTagger(classes, dictionary, ambiguity, weights, new Lemmatizer(lemmas), documents);
  }
}
