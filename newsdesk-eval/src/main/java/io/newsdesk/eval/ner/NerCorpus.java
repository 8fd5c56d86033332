package io.newsdesk.eval.ner;

import io.newsdesk.core.language.ner.GumEntityReader;
import io.newsdesk.core.language.ner.Iob2Reader;
import io.newsdesk.core.language.ner.LabelledSentence;
import io.newsdesk.eval.Split;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shared entity data ({@code ../shared/data/ner}) read and split by whole documents, never by sentence:
 * <ul>
 *   <li>GUM ({@code gum/dep/*.conllu}): the documents GUM itself lists as dev ({@code gum/splits.txt}) are held
 *   out (test); the rest are training.</li>
 *   <li>UNER English-EWT ({@code uner-ewt/en_ewt-ud-dev.iob2}): split by its {@code # newdoc id} documents, a
 *   document held out when {@code Split.of("uner/" + id)} is TEST.</li>
 *   <li>Within training, a tuning part on which the number of passes is chosen: the training documents for which
 *   {@code Split.of("ner-tune/" + corpus + "/" + id)} is TEST. The shipped model is then fit on all training
 *   documents; the held-out ones are only reported.</li>
 * </ul>
 */
public record NerCorpus(List<LabelledSentence> gumTrain, List<LabelledSentence> gumTest,
    List<LabelledSentence> unerTrain, List<LabelledSentence> unerTest) {

  static final String UNER_FILE = "uner-ewt/en_ewt-ud-dev.iob2";
  static final String GUM_DIR = "gum/dep";
  static final String GUM_SPLITS = "gum/splits.txt";

  /** Whether {@code data} holds both corpora; throws naming what is missing. */
  public static void check(Path data) {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no such folder: " + data);
    }
    for (String needed : List.of(UNER_FILE, GUM_DIR, GUM_SPLITS)) {
      if (!Files.exists(data.resolve(needed))) {
        throw new IllegalArgumentException("no " + needed + " in " + data + " (expected ../shared/data/ner)");
      }
    }
  }

  public static NerCorpus read(Path data) throws IOException {
    check(data);
    Set<String> gumHeldOut = new HashSet<>();
    for (String line : Files.readAllLines(data.resolve(GUM_SPLITS), StandardCharsets.UTF_8)) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2 && parts[0].equals("dev")) {
        gumHeldOut.add(parts[1]);
      }
    }
    List<LabelledSentence> gumTrain = new ArrayList<>();
    List<LabelledSentence> gumTest = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(data.resolve(GUM_DIR))) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
    }
    for (Path file : files) {
      String doc = file.getFileName().toString().replace(".conllu", "");
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        (gumHeldOut.contains(doc) ? gumTest : gumTrain).addAll(GumEntityReader.read(r, doc));
      }
    }
    List<LabelledSentence> uner;
    try (Reader r = Files.newBufferedReader(data.resolve(UNER_FILE), StandardCharsets.UTF_8)) {
      uner = Iob2Reader.read(r, "uner");
    }
    List<LabelledSentence> unerTrain = Split.select(uner, s -> "uner/" + s.document(), Split.Part.DEV);
    List<LabelledSentence> unerTest = Split.select(uner, s -> "uner/" + s.document(), Split.Part.TEST);
    return new NerCorpus(gumTrain, gumTest, unerTrain, unerTest);
  }

  /** Every training sentence, GUM then UNER. */
  public List<LabelledSentence> training() {
    List<LabelledSentence> all = new ArrayList<>(gumTrain);
    all.addAll(unerTrain);
    return all;
  }

  /** The training sentences of the tuning part ({@code tuning} true) or of the rest. */
  public List<LabelledSentence> trainingPart(boolean tuning) {
    List<LabelledSentence> part = new ArrayList<>();
    for (LabelledSentence s : gumTrain) {
      if ((Split.of("ner-tune/gum/" + s.document()) == Split.Part.TEST) == tuning) {
        part.add(s);
      }
    }
    for (LabelledSentence s : unerTrain) {
      if ((Split.of("ner-tune/uner/" + s.document()) == Split.Part.TEST) == tuning) {
        part.add(s);
      }
    }
    return part;
  }

  /** The sentences of each document, in order: a document's sentences are consecutive, named by its id. */
  static List<List<LabelledSentence>> byDocument(List<LabelledSentence> sentences) {
    List<List<LabelledSentence>> out = new ArrayList<>();
    for (int from = 0; from < sentences.size(); ) {
      int to = from + 1;
      while (to < sentences.size() && sentences.get(to).document().equals(sentences.get(from).document())) {
        to++;
      }
      out.add(sentences.subList(from, to));
      from = to;
    }
    return out;
  }

  static long documents(List<LabelledSentence> sentences) {
    return sentences.stream().map(LabelledSentence::document).distinct().count();
  }

  static long tokens(List<LabelledSentence> sentences) {
    return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
  }
}
