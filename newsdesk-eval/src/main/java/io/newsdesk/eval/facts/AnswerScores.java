package io.newsdesk.eval.facts;

import io.newsdesk.eval.ScoringWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well one answer matches a question's annotated phrases. Its own tokenizer on purpose: the evaluation shares
 * no code with the extractor it scores.
 */
final class AnswerScores {

  /** Function words that alone make no overlap (the dataset authors' lenient measure). */
  private static final Set<String> STOP = stopWords();

  private AnswerScores() {}

  /** The words of overlap-stop-words.txt: spaces between them, lines starting with # comments. */
  private static Set<String> stopWords() {
    try (InputStream in = AnswerScores.class.getResourceAsStream("overlap-stop-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("overlap-stop-words.txt is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
          .flatMap(l -> Arrays.stream(l.split("\\s+"))).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Token F1 of an answer against one phrase: the tokens both share (counted as a bag, each as often as the
   * rarer side has it), over the answer's length for precision and the phrase's for recall.
   */
  static double f1(String answer, String gold) {
    List<String> mine = ScoringWords.of(answer);
    List<String> theirs = ScoringWords.of(gold);
    if (mine.isEmpty() || theirs.isEmpty()) {
      return 0;
    }
    Map<String, Integer> left = new HashMap<>();
    theirs.forEach(t -> left.merge(t, 1, Integer::sum));
    int shared = 0;
    for (String t : mine) {
      Integer n = left.get(t);
      if (n != null && n > 0) {
        shared++;
        left.put(t, n - 1);
      }
    }
    if (shared == 0) {
      return 0;
    }
    double precision = (double) shared / mine.size();
    double recall = (double) shared / theirs.size();
    return 2 * precision * recall / (precision + recall);
  }

  /** Token F1 against the best-matching of the annotated phrases; 0 when there is none. */
  static double bestF1(String answer, List<String> gold) {
    return gold.stream().mapToDouble(g -> f1(answer, g)).max().orElse(0);
  }

  /** True when the answer shares a word, other than a stop word, with one of the annotated phrases. */
  static boolean overlaps(String answer, List<String> gold) {
    Set<String> mine = contentWords(answer);
    return gold.stream().anyMatch(g -> contentWords(g).stream().anyMatch(mine::contains));
  }

  private static Set<String> contentWords(String s) {
    return ScoringWords.of(s).stream().filter(w -> !STOP.contains(w)).collect(Collectors.toCollection(HashSet::new));
  }
}
