package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.ConllU;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * GUM's documents ({@code dep/*.conllu}) cut into the parts the tagger is tuned, trained and tested on:
 * <ul>
 *   <li><b>test</b>: GUM's own dev documents (listed as {@code dev NAME} in {@code splits.txt}, or under
 *       {@code ## dev} in {@code splits.md}) that lie in {@code dep/}; never trained or tuned on, only reported;
 *   <li><b>dev</b>: the first of GUM's training documents of each genre, in name order; the tagger's options were
 *       chosen by a model trained on the train part alone and scored on this one;
 *   <li><b>train</b>: every other document.
 * </ul>
 * The shipped model, its options chosen, is trained on train and dev together ({@link #training()}).
 * The genre of {@code GUM_news_iodine} is {@code news}.
 *
 * <p>Each part maps document names, in name order, to their sentences.
 */
public record GumParts(Map<String, List<ConllU.Sentence>> train, Map<String, List<ConllU.Sentence>> dev,
                       Map<String, List<ConllU.Sentence>> test) {

  /** The folder of GUM under {@code data}: {@code data} itself, or its {@code gum/} folder. */
  public static Path gumFolder(Path data) {
    if (Files.isDirectory(data.resolve("dep"))) {
      return data;
    }
    if (Files.isDirectory(data.resolve("gum").resolve("dep"))) {
      return data.resolve("gum");
    }
    throw new IllegalArgumentException(data + " holds no GUM corpus (a dep/ folder of .conllu files, or gum/dep/)");
  }

  /** Reads GUM under {@code data} (see {@link #gumFolder}) and cuts it. */
  public static GumParts read(Path data) {
    Path gum = gumFolder(data);
    Set<String> heldOut = gumDevList(gum);
    Map<String, List<ConllU.Sentence>> train = new TreeMap<>();
    Map<String, List<ConllU.Sentence>> dev = new TreeMap<>();
    Map<String, List<ConllU.Sentence>> test = new TreeMap<>();
    Set<String> tunedGenres = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(gum.resolve("dep"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.conllu$", "");
        List<ConllU.Sentence> sentences = ConllU.read(f);
        if (heldOut.contains(name)) {
          test.put(name, sentences);
        } else if (tunedGenres.add(genre(name))) {
          dev.put(name, sentences);
        } else {
          train.put(name, sentences);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + gum.resolve("dep"), e);
    }
    if (test.isEmpty()) {
      throw new IllegalArgumentException(gum + ": none of GUM's dev documents (splits.txt) lies in dep/");
    }
    return new GumParts(train, dev, test);
  }

  /** The train and dev parts together: all of GUM's training documents here. */
  public Map<String, List<ConllU.Sentence>> training() {
    Map<String, List<ConllU.Sentence>> all = new TreeMap<>(train);
    all.putAll(dev);
    return all;
  }

  /** GUM's dev list, from {@code splits.txt} ({@code dev NAME} lines) or else {@code splits.md}. */
  static Set<String> gumDevList(Path gum) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Path txt = gum.resolve("splits.txt");
      Path md = gum.resolve("splits.md");
      if (Files.isRegularFile(txt)) {
        for (String line : Files.readAllLines(txt)) {
          String[] cols = line.trim().split("\\s+");
          if (cols.length == 2 && cols[0].equals("dev")) {
            names.add(cols[1]);
          }
        }
      } else if (Files.isRegularFile(md)) {
        boolean inDev = false;
        for (String line : Files.readAllLines(md)) {
          if (line.startsWith("## ")) {
            inDev = line.trim().equals("## dev");
          } else if (inDev && line.trim().startsWith("* ")) {
            names.add(line.trim().substring(2).trim());
          }
        }
      } else {
        throw new IllegalArgumentException(gum + " has neither splits.txt nor splits.md, so no held-out list");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GUM's splits under " + gum, e);
    }
    return names;
  }

  /** {@code news} for {@code GUM_news_iodine}. */
  public static String genre(String document) {
    String[] parts = document.split("_");
    return parts.length >= 3 ? parts[1] : "other";
  }

  /** The sentences of a part, documents in name order. */
  public static List<ConllU.Sentence> sentences(Map<String, List<ConllU.Sentence>> part) {
    List<ConllU.Sentence> out = new ArrayList<>();
    part.values().forEach(out::addAll);
    return out;
  }
}
