package io.newsdesk.core.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lemmas from a small table learnt from training data, and a few English suffix rules for the words it lacks. The
 * table keeps only the exceptions, the words whose usual lemma the rules get wrong ({@code went/VBD -> go}), so it
 * stays small.
 */
public final class Lemmatizer {

  private final Map<String, String> exceptions;

  /** @param exceptions lemma by {@link #key(String, String) key}, for the words the rules get wrong */
  public Lemmatizer(Map<String, String> exceptions) {
    this.exceptions = Map.copyOf(exceptions);
  }

  /** The exceptions, in key order, for writing out. */
  public Map<String, String> exceptions() {
    return new TreeMap<>(exceptions);
  }

  /** The lemma of {@code form} tagged {@code upos}/{@code xpos}. */
  public String lemma(String form, String upos, String xpos) {
    String known = exceptions.get(key(form, xpos));
    return known != null ? known : rule(form, upos, xpos);
  }

  static String key(String form, String xpos) {
    return form.toLowerCase(Locale.ROOT) + '\t' + xpos;
  }

  /** The rules' guess: names as written, other words lower-cased with a regular inflection stripped. */
  static String rule(String form, String upos, String xpos) {
    if (upos.equals("PROPN")) {
      return form;
    }
    String w = form.toLowerCase(Locale.ROOT);
    switch (xpos) {
      case "NNS", "VBZ" -> {
        if (w.length() > 4 && w.endsWith("ies")) {
          return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
            || w.endsWith("zes"))) {
          return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) {
          return w.substring(0, w.length() - 1);
        }
      }
      case "VBD", "VBN" -> {
        if (w.length() > 4 && w.endsWith("ied")) {
          return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("ed")) {
          return verbStem(w.substring(0, w.length() - 2));
        }
      }
      case "VBG" -> {
        if (w.length() > 4 && w.endsWith("ing")) {
          return verbStem(w.substring(0, w.length() - 3));
        }
      }
      default -> { }
    }
    return w;
  }

  /** A verb's stem once -ed or -ing is gone: "stopp" is "stop", "captur" is "capture" (Porter's rules, in short). */
  private static String verbStem(String stem) {
    int n = stem.length();
    char last = stem.charAt(n - 1);
    if (n >= 3 && last == stem.charAt(n - 2) && "lsfz".indexOf(last) < 0 && "aeiou".indexOf(last) < 0) {
      return stem.substring(0, n - 1);
    }
    if (stem.endsWith("ur") || stem.endsWith("iz") || stem.endsWith("bl") || stem.endsWith("v") || stem.endsWith("dg")
        || stem.endsWith("c") || (n >= 3 && stem.endsWith("at") && "aeiou".indexOf(stem.charAt(n - 3)) < 0)) {
      return stem + "e";
    }
    return stem;
  }

  /** Learns the exceptions from gold words: for each form and tag, its most frequent lemma where the rules miss it. */
  public static Lemmatizer learn(List<ConllU.Sentence> sentences) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, String[]> example = new HashMap<>();
    for (ConllU.Sentence s : sentences) {
      for (ConllU.Token t : s.tokens()) {
        if (t.lemma().equals("_")) {
          continue;
        }
        String key = key(t.form(), t.xpos());
        counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(t.lemma(), 1, Integer::sum);
        example.putIfAbsent(key, new String[] {t.form(), t.upos(), t.xpos()});
      }
    }
    Map<String, String> exceptions = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> lemma : e.getValue().entrySet()) { // TreeMap: ties go to the first lemma
        if (lemma.getValue() > bestCount) {
          best = lemma.getKey();
          bestCount = lemma.getValue();
        }
      }
      String[] ex = example.get(e.getKey());
      if (!best.equals(rule(ex[0], ex[1], ex[2]))) {
        exceptions.put(e.getKey(), best);
      }
    }
    return new Lemmatizer(exceptions);
  }
}
