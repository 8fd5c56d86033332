package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.ConllU;
import io.newsdesk.core.language.PosTagger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts of words tagged right, overall and per genre. */
final class TagScores {

  /** One group's counts. */
  static final class Counts {
    long words;
    long upos;
    long xpos;
    long lemma;

    double uposAccuracy() {
      return words == 0 ? 0 : (double) upos / words;
    }

    double xposAccuracy() {
      return words == 0 ? 0 : (double) xpos / words;
    }

    double lemmaAccuracy() {
      return words == 0 ? 0 : (double) lemma / words;
    }
  }

  final Counts all = new Counts();
  final Map<String, Counts> byGenre = new TreeMap<>();
  long nanos;

  /** Tags every sentence of {@code documents} with {@code tagger} and counts, timing the tagging alone. */
  static TagScores of(Map<String, List<ConllU.Sentence>> documents, Function<List<String>, List<PosTagger.TaggedWord>> tagger) {
    TagScores scores = new TagScores();
    documents.forEach((name, sentences) -> {
      Counts genre = scores.byGenre.computeIfAbsent(GumParts.genre(name), g -> new Counts());
      for (ConllU.Sentence s : sentences) {
        long start = System.nanoTime();
        List<PosTagger.TaggedWord> tagged = tagger.apply(s.forms());
        scores.nanos += System.nanoTime() - start;
        for (int i = 0; i < tagged.size(); i++) {
          ConllU.Token gold = s.tokens().get(i);
          PosTagger.TaggedWord got = tagged.get(i);
          for (Counts c : new Counts[] {scores.all, genre}) {
            c.words++;
            c.upos += gold.upos().equals(got.upos()) ? 1 : 0;
            c.xpos += gold.xpos().equals(got.xpos()) ? 1 : 0;
            c.lemma += gold.lemma().equals(got.lemma()) ? 1 : 0;
          }
        }
      }
    });
    return scores;
  }

  double tokensPerSecond() {
    return nanos == 0 ? 0 : all.words / (nanos / 1e9);
  }
}
