package io.newsdesk.eval.summary;

import io.newsdesk.eval.ScoringWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ROUGE (Lin, 2004) as F1, written here rather than taken from a library so that it shares nothing with what it
 * scores. Words are the runs of letters and digits of the lower-cased text, as ROUGE-1.5.5 reads them (it turns
 * every other character into a space). ROUGE-1 counts the words shared by summary and reference without stop
 * words (see {@code rouge-stop-words.txt}); ROUGE-2 the word pairs shared, stop words kept. A word or pair counts
 * as often as it stands in both (clipped counts). Against several references a summary scores the mean of its
 * F1 against each.
 */
final class Rouge {

  /** A summary's ROUGE-1 and ROUGE-2 F1. */
  record Scores(double rouge1, double rouge2) {
    Scores plus(Scores other) {
      return new Scores(rouge1 + other.rouge1, rouge2 + other.rouge2);
    }
  }

  private static final Set<String> STOP_WORDS = readStopWords();

  private Rouge() {}

  /** The mean F1 of {@code summary} against each of {@code references} (all given as {@link ScoringWords#of}). */
  static Scores against(List<String> summary, List<List<String>> references) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("ROUGE needs at least one reference");
    }
    double r1 = 0;
    double r2 = 0;
    for (List<String> reference : references) {
      r1 += rouge1(summary, reference);
      r2 += rouge2(summary, reference);
    }
    return new Scores(r1 / references.size(), r2 / references.size());
  }

  /** Unigram F1, stop words left out of both. */
  static double rouge1(List<String> summary, List<String> reference) {
    return f1(grams(withoutStopWords(summary), 1), grams(withoutStopWords(reference), 1));
  }

  /** Bigram F1 over all words. */
  static double rouge2(List<String> summary, List<String> reference) {
    return f1(grams(summary, 2), grams(reference, 2));
  }

  private static List<String> withoutStopWords(List<String> words) {
    return words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
  }

  private static Map<String, Integer> grams(List<String> words, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static double f1(Map<String, Integer> summary, Map<String, Integer> reference) {
    int inSummary = summary.values().stream().mapToInt(Integer::intValue).sum();
    int inReference = reference.values().stream().mapToInt(Integer::intValue).sum();
    int shared = 0;
    for (Map.Entry<String, Integer> g : summary.entrySet()) {
      shared += Math.min(g.getValue(), reference.getOrDefault(g.getKey(), 0));
    }
    if (shared == 0) {
      return 0;
    }
    double precision = (double) shared / inSummary;
    double recall = (double) shared / inReference;
    return 2 * precision * recall / (precision + recall);
  }

  private static Set<String> readStopWords() {
    InputStream in = Rouge.class.getResourceAsStream("rouge-stop-words.txt");
    if (in == null) {
      throw new IllegalStateException("rouge-stop-words.txt is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Set.copyOf(r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
