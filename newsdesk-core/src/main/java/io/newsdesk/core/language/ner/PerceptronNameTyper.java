package io.newsdesk.core.language.ner;

import io.newsdesk.core.language.AveragedPerceptron;
import io.newsdesk.core.language.WordShape;
import io.newsdesk.core.text.Terms;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Types a name by an averaged perceptron trained on the names of GUM and UNER English-EWT: the name's words, their
 * shapes and affixes, the two words either side, whether the gazetteer knows it as a place, the word clusters
 * ({@link WordClusters}) of its first and last words and of its neighbours, and word lists
 * harvested from the training names (first names, the last words of organisations, the types each name word was
 * seen in), and the lists of people's and companies' names made apart from the training data ({@link NameWords}).
 * The capitalised runs of the training text that are no name (weekdays, nationalities, titles of works) are its
 * fourth class, "none". (The MiniLM embedding of the name as written was tried as a further feature, its
 * coordinates' signs: tune accuracy fell from 0.716 to 0.688-0.712, so it is not used.)
 */
public final class PerceptronNameTyper implements NameTyper {

  /** The model newsdesk ships, as {@code newsdesk train typer} writes it. */
  public static final String RESOURCE = "name-typer.bin.gz";
  private static final int FORMAT = 3; // 2: with word-cluster features; 3: with name-word features
  /** Classes: the three types, then "none". */
  private static final EntityType[] CLASSES = {EntityType.PER, EntityType.ORG, EntityType.LOC, null};
  private static final int PER = 0;
  private static final int NONE = 3;

  private final AveragedPerceptron model;
  private final NameLists lists;
  private final PlaceNames places;
  private final WordClusters clusters;
  private final NameWords names;

  private PerceptronNameTyper(AveragedPerceptron model, NameLists lists, PlaceNames places, WordClusters clusters,
      NameWords names) {
    this.model = model;
    this.lists = lists;
    this.places = places;
    this.clusters = clusters;
    this.names = names;
  }

  /**
   * The model shipped with newsdesk, reading places from {@code places}, word clusters from {@code clusters} and name
   * words from {@code names} (the shipped {@link WordClusters} and {@link NameWords}, which it was trained with).
   */
  public static PerceptronNameTyper load(PlaceNames places, WordClusters clusters, NameWords names) {
    try (InputStream in = PerceptronNameTyper.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the name typer " + RESOURCE + " is missing; run newsdesk train typer");
      }
      return read(in, places, clusters, names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name typer", e);
    }
  }

  @Override
  public List<Reading> readAll(List<Name> names) {
    List<Reading> out = new ArrayList<>(names.size());
    for (Name n : names) {
      float[] scores = model.scores(features(n.tokens(), n.start(), n.end(), lists));
      if (isAcronym(n.tokens(), n.start(), n.end()) && AveragedPerceptron.argmax(scores) == PER) {
        // read as a name, but no person's: the better of the other two name types
        scores[PER] = Float.NEGATIVE_INFINITY;
        scores[NONE] = Float.NEGATIVE_INFINITY;
      }
      out.add(reading(scores));
    }
    return out;
  }

  /**
   * Whether the name is written in capitals (three letters or more) in a sentence that is not: an acronym, which
   * names no person. Of the training data's 128 such names one is a person (ORG 113, LOC 14), yet the name words
   * outweigh the shape ("SANA" is also a woman's name), so where the typer reads such a name as a person, the name
   * stands (the typer judged it one) and its type is the better of the other two.
   */
  static boolean isAcronym(List<String> tokens, int start, int end) {
    if (!Terms.isAllCapitals(String.join("", tokens.subList(start, end)), 3)) {
      return false;
    }
    int words = 0;
    int shouted = 0;
    for (String w : tokens) {
      if (w.chars().anyMatch(Character::isLetter)) {
        words++;
        shouted += Terms.isAllCapitals(w, 1) ? 1 : 0;
      }
    }
    return shouted * 2 <= words;
  }

  private static Reading reading(float[] scores) {
    int best = AveragedPerceptron.argmax(scores);
    float second = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < scores.length; c++) {
      if (c != best) {
        second = Math.max(second, scores[c]);
      }
    }
    return new Reading(CLASSES[best], scores[best] - second);
  }

  public int featureCount() {
    return model.featureCount();
  }

  List<String> features(List<String> tokens, int start, int end, NameLists lists) {
    List<String> f = new ArrayList<>(40);
    f.add("bias");
    int n = end - start;
    f.add("len=" + Math.min(n, 4));
    StringBuilder whole = new StringBuilder();
    StringBuilder shapes = new StringBuilder();
    for (int i = start; i < end; i++) {
      String w = tokens.get(i);
      String lower = lower(w);
      whole.append(i > start ? " " : "").append(lower);
      String shape = WordShape.of(w);
      shapes.append(i > start ? " " : "").append(shape);
      f.add("w=" + lower);
      Integer seen = lists.nameWords().get(lower);
      f.add("nw=" + (seen == null ? 0 : seen));
      if (lists.commonWords().contains(lower)) {
        f.add("common");
      }
    }
    String first = lower(tokens.get(start));
    String last = lower(tokens.get(end - 1));
    clusterFeatures(f, "cf", tokens.get(start));
    clusterFeatures(f, "cl", tokens.get(end - 1));
    if (start > 0) {
      clusterFeatures(f, "cL", tokens.get(start - 1));
    }
    if (end < tokens.size()) {
      clusterFeatures(f, "cR", tokens.get(end));
    }
    f.add("whole=" + whole);
    f.add("shapes=" + shapes);
    f.add("first=" + first);
    f.add("last=" + last);
    f.add("last-s3=" + suffix(last, 3));
    f.add("last-s4=" + suffix(last, 4));
    f.add("first-p3=" + prefix(first, 3));
    f.add("first-s3=" + suffix(first, 3));
    if (lists.firstNames().contains(first) && n >= 2) {
      f.add("first-name");
    }
    if (lists.firstNames().contains(first) && n == 1) {
      f.add("first-name-alone");
    }
    if (lists.organisationWords().contains(last)) {
      f.add("org-word");
    }
    nameWordFeatures(f, tokens, start, end);
    String name = String.join(" ", tokens.subList(start, end));
    if (places.isPlace(name)) {
      f.add("place");
    }
    if (start == 0) {
      f.add("opens");
    }
    String l1 = context(tokens, start - 1);
    String l2 = context(tokens, start - 2);
    String r1 = context(tokens, end);
    String r2 = context(tokens, end + 1);
    f.add("l1=" + l1);
    f.add("l2=" + l2);
    f.add("r1=" + r1);
    f.add("r2=" + r2);
    f.add("l2l1=" + l2 + "_" + l1);
    f.add("r1r2=" + r1 + "_" + r2);
    f.add("l1r1=" + l1 + "_" + r1);
    return f;
  }

  /**
   * The word clusters of {@code word}, one feature per level: they carry what training saw of "Obama" or "Reuters"
   * to names it never saw that MiniLM places near them (tune accuracy 0.716 without them, 0.749 with those of the
   * name's first and last words and of the word either side; with a feature for a word that has no clusters as
   * well, 0.743, and with the middle words and the second word either side added to that, 0.741).
   */
  private void clusterFeatures(List<String> f, String key, String word) {
    String[] labels = clusters.labels(word);
    if (labels == null) {
      return;
    }
    for (int l = 0; l < labels.length; l++) {
      f.add(key + l + "=" + labels[l]);
    }
  }

  /**
   * How many of the name's words the lists of people's names know (none, some, all), whether its first and last
   * words are among them, and whether a company's name is in it ({@link NameWords}): on the held-out names, PER F1
   * 0.719 without them and 0.765 with them, tune accuracy 0.749 and 0.746.
   */
  private void nameWordFeatures(List<String> f, List<String> tokens, int start, int end) {
    int n = end - start;
    int people = 0;
    boolean company = false;
    for (int i = start; i < end; i++) {
      String lower = lower(tokens.get(i));
      people += names.isPersonWord(lower) ? 1 : 0;
      company |= names.isCompanyWord(lower);
    }
    // an acronym that spells a person's name ("SANA") is weighed apart
    String caps = Terms.isAllCapitals(String.join("", tokens.subList(start, end)), 2)
        ? "|caps" : "";
    f.add("people=" + (people == 0 ? "none" : people == n ? "all" : "some") + caps);
    if (names.isPersonWord(lower(tokens.get(start)))) {
      f.add("person-first|len=" + Math.min(n, 3) + caps);
    }
    if (names.isPersonWord(lower(tokens.get(end - 1)))) {
      f.add("person-last|len=" + Math.min(n, 3) + caps);
    }
    if (company) {
      f.add("company");
    }
  }

  private static String context(List<String> tokens, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= tokens.size()) {
      return "</s>";
    }
    String w = tokens.get(i);
    return Character.isUpperCase(w.charAt(0)) && w.length() > 1 ? "Cap:" + WordShape.of(w) : lower(w);
  }

  private static String suffix(String w, int k) {
    return w.length() <= k ? w : w.substring(w.length() - k);
  }

  private static String prefix(String w, int k) {
    return w.length() <= k ? w : w.substring(0, k);
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** A name to learn from: tokens {@code start..end} of a sentence, of {@code type} (null: no name). */
  public record Example(LabelledSentence sentence, int start, int end, EntityType type) {}

  /**
   * The examples of {@code sentences}: every gold name, and every run of capitalised words that overlaps none
   * (a name opening the sentence is skipped when it is one word: its capital may be the sentence's).
   */
  public static List<Example> examples(List<LabelledSentence> sentences) {
    List<Example> out = new ArrayList<>();
    for (LabelledSentence s : sentences) {
      boolean[] named = new boolean[s.tokens().size()];
      for (EntitySpan span : s.spans()) {
        out.add(new Example(s, span.start(), span.end(), span.type()));
        for (int i = span.start(); i < span.end(); i++) {
          named[i] = true;
        }
      }
      int i = 0;
      while (i < named.length) {
        if (named[i] || !capitalised(s.tokens().get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < named.length && !named[j] && capitalised(s.tokens().get(j))) {
          j++;
        }
        if (!(i == 0 && j == 1)) {
          out.add(new Example(s, i, j, null));
        }
        i = j;
      }
    }
    return out;
  }

  private static boolean capitalised(String w) {
    return Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter);
  }

  /**
   * Trains on {@code sentences} for {@code epochs} passes in an order fixed by a seed (the same data gives the same
   * model). Each document's names see the word lists harvested from the other documents, as an unseen one will.
   */
  public static PerceptronNameTyper train(List<LabelledSentence> sentences, int epochs, PlaceNames places,
      WordClusters clusters, NameWords names) {
    NameLists all = NameLists.harvest(sentences);
    Map<String, NameLists> withoutDocument = new HashMap<>();
    for (LabelledSentence s : sentences) {
      withoutDocument.computeIfAbsent(s.document(), d -> NameLists.harvestExcept(sentences, d));
    }
    PerceptronNameTyper shape = new PerceptronNameTyper(null, all, places, clusters, names);
    List<Example> examples = examples(sentences);
    List<List<String>> features = new ArrayList<>(examples.size());
    for (Example e : examples) {
      features.add(shape.features(e.sentence().tokens(), e.start(), e.end(),
          withoutDocument.get(e.sentence().document())));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    AveragedPerceptron learner = AveragedPerceptron.learner(CLASSES.length);
    Random random = new Random(17);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        learner.learn(features.get(i), classOf(examples.get(i).type()));
      }
    }
    return new PerceptronNameTyper(learner.averaged(), all, places, clusters, names);
  }

  static int classOf(EntityType type) {
    return type == null ? NONE : type.ordinal();
  }

  /** Writes the model: gzip of the word lists and the weights, in sorted order (deterministic bytes). */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(FORMAT);
    lists.write(out);
    model.write(out);
    out.flush();
    gz.finish();
  }

  /** Reads a model {@link #write} wrote. */
  public static PerceptronNameTyper read(InputStream source, PlaceNames places, WordClusters clusters,
      NameWords names) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
    if (in.readInt() != FORMAT) {
      throw new IOException("unknown name typer format");
    }
    NameLists lists = NameLists.read(in);
    return new PerceptronNameTyper(AveragedPerceptron.read(in), lists, places, clusters, names);
  }
}
