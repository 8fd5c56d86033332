package io.newsdesk.eval.summary;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.FactExtractor;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.summarize.Summarizer;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import io.newsdesk.core.text.Terms;
import io.newsdesk.eval.data.Giveme5W1H;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsdesk eval summary}: summarises each labelled event of the Giveme5W1H set (the gold grouping, so
 * that clustering errors do not count here) with newsdesk and two baselines under the same limits, and scores
 * each summary on the event's annotated who/what/when/where phrases, on whether its cited articles carry each
 * sentence, on redundancy and on length.
 */
public final class SummaryEvaluation {

  /** The questions whose phrases a summary should cover; why and how are rarely said in one sentence. */
  static final List<String> QUESTIONS = List.of("who", "what", "when", "where");

  /** The figures of one system, averaged over events (supported: over all summary sentences). */
  public record SystemScore(String system, double coverage, double supported, double redundancy, double words,
                            double sentences, int events) {}

  private final int maxSentences;
  private final int maxWords;

  public SummaryEvaluation(int maxSentences, int maxWords) {
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  public SummaryEvaluation() {
    this(CentralitySummarizer.DEFAULT_MAX_SENTENCES, CentralitySummarizer.DEFAULT_MAX_WORDS);
  }

  public List<SystemScore> run(Path data, PrintWriter out) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    Map<String, List<Document>> events = new LinkedHashMap<>();
    Map<String, List<String>> phrases = new HashMap<>();
    Map<String, Document> byId = new HashMap<>();
    DocumentFrequencies df = new DocumentFrequencies();
    for (Giveme5W1H.Article a : Giveme5W1H.read(data)) {
      Document d = analyzer.analyze(cleaner.clean(a.article()));
      df.add(d.terms());
      if (!a.labelled()) {
        continue;
      }
      byId.put(d.id(), d);
      events.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(d);
      List<String> p = phrases.computeIfAbsent(a.category(), k -> new ArrayList<>());
      QUESTIONS.forEach(q -> p.addAll(a.annotations().getOrDefault(q, List.of())));
    }
    events.values().forEach(list -> list.sort(Document.IN_TIME_ORDER));
    out.printf("summary: %s, %d labelled articles, %d events, at most %d sentences and %d words%n", data,
        byId.size(), events.size(), maxSentences, maxWords);

    FactExtractor facts = new RuleBasedFactExtractor(Gazetteer.countries());
    Map<String, EventFacts> factsOf = new HashMap<>();
    events.forEach((e, docs) -> factsOf.put(e, facts.extract(docs)));
    Map<String, Summarizer> systems = new LinkedHashMap<>();
    systems.put("newsdesk", new CentralitySummarizer(df, maxSentences, maxWords));
    systems.put("lead", new LeadBaseline(maxSentences, maxWords));
    systems.put("centroid", new CentroidBaseline(df, maxSentences, maxWords));

    SupportCheck support = new SupportCheck(byId);
    Map<String, Map<String, Double>> perEvent = new LinkedHashMap<>();
    List<SystemScore> scores = new ArrayList<>();
    for (Map.Entry<String, Summarizer> system : systems.entrySet()) {
      double coverage = 0;
      double redundancy = 0;
      double words = 0;
      double sentences = 0;
      int supported = 0;
      int all = 0;
      for (Map.Entry<String, List<Document>> e : events.entrySet()) {
        EventSummary summary = system.getValue().summarize(e.getValue(), factsOf.get(e.getKey()));
        String text = String.join(" ", summary.sentences().stream().map(SummarySentence::text).toList());
        double c = new PhraseCoverage(phrases.get(e.getKey())).coverage(text);
        perEvent.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(system.getKey(), c);
        coverage += c;
        redundancy += redundancy(summary, df);
        words += Terms.words(text).size();
        sentences += summary.sentences().size();
        for (SummarySentence s : summary.sentences()) {
          all++;
          supported += support.supported(s) ? 1 : 0;
        }
      }
      int n = events.size();
      scores.add(new SystemScore(system.getKey(), coverage / n, all == 0 ? 0 : (double) supported / all,
          redundancy / n, words / n, sentences / n, n));
    }
    print(out, scores, perEvent, phrases);
    return scores;
  }

  /** The highest cosine between two sentences of a summary (TF-IDF over the whole set); 0 for one sentence. */
  static double redundancy(EventSummary summary, DocumentFrequencies df) {
    List<TermVector> vectors = summary.sentences().stream().map(s -> df.vector(Terms.terms(s.text()))).toList();
    double max = 0;
    for (int i = 0; i < vectors.size(); i++) {
      for (int j = i + 1; j < vectors.size(); j++) {
        max = Math.max(max, vectors.get(i).cosine(vectors.get(j)));
      }
    }
    return max;
  }

  private static void print(PrintWriter out, List<SystemScore> scores, Map<String, Map<String, Double>> perEvent,
                            Map<String, List<String>> phrases) {
    out.printf("%-22s %8s", "event (5W coverage)", "phrases");
    scores.forEach(s -> out.printf(" %9s", s.system()));
    out.println();
    perEvent.forEach((event, bySystem) -> {
      out.printf(Locale.ROOT, "%-22s %8d", event, new PhraseCoverage(phrases.get(event)).phrases());
      bySystem.values().forEach(v -> out.printf(Locale.ROOT, " %9.3f", v));
      out.println();
    });
    out.println();
    out.printf("%-10s %9s %9s %10s %7s %9s%n", "system", "coverage", "supported", "redundancy", "words", "sentences");
    for (SystemScore s : scores) {
      out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %10.3f %7.1f %9.1f%n", s.system(), s.coverage(), s.supported(),
          s.redundancy(), s.words(), s.sentences());
    }
    SystemScore ours = scores.get(0);
    StringBuilder last = new StringBuilder(String.format(Locale.ROOT,
        "summary: coverage=%.3f supported=%.3f redundancy=%.3f words=%.1f sentences=%.1f events=%d", ours.coverage(),
        ours.supported(), ours.redundancy(), ours.words(), ours.sentences(), ours.events()));
    for (SystemScore s : scores.subList(1, scores.size())) {
      last.append(String.format(Locale.ROOT, " %s_coverage=%.3f %s_supported=%.3f", s.system(), s.coverage(),
          s.system(), s.supported()));
    }
    out.println(last);
    out.flush();
  }
}
