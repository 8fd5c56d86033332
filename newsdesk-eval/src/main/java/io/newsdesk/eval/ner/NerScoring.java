package io.newsdesk.eval.ner;

import io.newsdesk.core.language.ner.EntityRecognizer;
import io.newsdesk.core.language.ner.EntitySpan;
import io.newsdesk.core.language.ner.EntityType;
import io.newsdesk.core.language.ner.LabelledSentence;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/** Runs a recogniser over labelled sentences and prints its exact-span figures. */
final class NerScoring {

  private NerScoring() {}

  /**
   * The scores of {@code recognizer} on {@code sentences}, and the nanoseconds it spent recognising: on the clock,
   * and on the thread's processor time, which other work on a shared machine does not stretch.
   */
  record Result(SpanScores scores, long tokens, long nanos, long cpuNanos) {
    double tokensPerSecond() {
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    double tokensPerCpuSecond() {
      return cpuNanos == 0 ? 0 : tokens * 1e9 / cpuNanos;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** Reads each document's sentences (consecutive sentences of one document name) together, in order. */
  static Result score(EntityRecognizer recognizer, List<LabelledSentence> sentences) {
    SpanScores scores = new SpanScores();
    long tokens = 0;
    long nanos = 0;
    long cpu = 0;
    for (List<LabelledSentence> document : NerCorpus.byDocument(sentences)) {
      List<List<String>> words = document.stream().map(LabelledSentence::tokens).toList();
      long start = System.nanoTime();
      long startCpu = cpuNanos();
      List<List<EntitySpan>> found = recognizer.recognizeDocument(words);
      nanos += System.nanoTime() - start;
      cpu += cpuNanos() - startCpu;
      for (int k = 0; k < document.size(); k++) {
        tokens += words.get(k).size();
        scores.add(document.get(k).spans(), found.get(k));
      }
    }
    return new Result(scores, tokens, nanos, cpu);
  }

  /** One block: a line per type and one over all, P/R/F1 and the gold count. */
  static void print(PrintWriter out, String title, List<LabelledSentence> sentences, SpanScores scores) {
    out.printf(Locale.ROOT, "%s (%d documents, %d sentences, %d tokens)%n", title, NerCorpus.documents(sentences),
        sentences.size(), NerCorpus.tokens(sentences));
    for (EntityType t : EntityType.values()) {
      line(out, t.name(), scores, t);
    }
    line(out, "all", scores, null);
  }

  private static void line(PrintWriter out, String label, SpanScores s, EntityType t) {
    out.printf(Locale.ROOT, "  %-4s P %.3f  R %.3f  F1 %.3f  (gold %d)%n", label, s.precision(t), s.recall(t), s.f1(t),
        s.gold(t));
  }
}
