package io.newsdesk.eval.summary;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.FactExtractor;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.summarize.Summarizer;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import io.newsdesk.core.text.Terms;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.SplitFigures;
import io.newsdesk.eval.data.Giveme5W1H;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code newsdesk eval summary}: summarises each labelled event of the Giveme5W1H set (the gold grouping, so
 * that clustering errors do not count here) with newsdesk and two baselines under the same limits, and scores
 * each summary on the event's annotated who/what/when/where phrases, on whether its cited articles carry each
 * sentence, on redundancy and on length; then, where GUM is found beside it, scores newsdesk's summary of each
 * GUM news document against the document's reference summaries with ROUGE (see {@link GumRouge}). Every figure
 * is given for the dev and the test part of the {@link Split}, by event and by document.
 */
public final class SummaryEvaluation {

  /** The questions whose phrases a summary should cover; why and how are rarely said in one sentence. */
  static final List<String> QUESTIONS = List.of("who", "what", "when", "where");

  /** The figures of one system on one part, averaged over events (supported: over all summary sentences). */
  public record SystemScore(String system, Split.Part part, double coverage, double supported, double redundancy,
                            double words, double sentences, int events) {}

  private final int maxSentences;
  private final int maxWords;

  public SummaryEvaluation(int maxSentences, int maxWords) {
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  public SummaryEvaluation() {
    this(CentralitySummarizer.DEFAULT_MAX_SENTENCES, CentralitySummarizer.DEFAULT_MAX_WORDS);
  }

  /** One labelled event: its articles in time order, its annotated phrases and its part of the split. */
  private record LabelledEvent(String name, Split.Part part, List<Document> docs, List<String> phrases) {}

  /** Running sums of one system on one part. */
  private static final class Sums {
    double coverage;
    double redundancy;
    double words;
    double sentences;
    int supported;
    int all;
    int events;

    SystemScore score(String system, Split.Part part) {
      int n = Math.max(events, 1);
      return new SystemScore(system, part, coverage / n, all == 0 ? 0 : (double) supported / all, redundancy / n,
          words / n, sentences / n, events);
    }
  }

  public List<SystemScore> run(Path data, PrintWriter out) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    Map<String, LabelledEvent> events = new LinkedHashMap<>();
    Map<String, String> textById = new HashMap<>();
    DocumentFrequencies df = new DocumentFrequencies();
    for (Giveme5W1H.Article a : Giveme5W1H.read(data)) {
      Document d = analyzer.analyze(cleaner.clean(a.article()));
      df.add(d.terms());
      if (!a.labelled()) {
        continue;
      }
      textById.put(d.id(), asRead(a.article()));
      LabelledEvent e = events.computeIfAbsent(a.category(),
          k -> new LabelledEvent(k, a.part(), new ArrayList<>(), new ArrayList<>()));
      e.docs().add(d);
      QUESTIONS.forEach(q -> e.phrases().addAll(a.annotations().getOrDefault(q, List.of())));
    }
    events.values().forEach(e -> e.docs().sort(Document.IN_TIME_ORDER));
    out.printf("summary: %s, %d labelled articles, %d events (%d dev, %d test), at most %d sentences and %d words%n",
        data, textById.size(), events.size(), count(events, Split.Part.DEV), count(events, Split.Part.TEST),
        maxSentences, maxWords);

    FactExtractor facts = new RuleBasedFactExtractor(Gazetteer.countries());
    Map<String, Summarizer> systems = new LinkedHashMap<>();
    systems.put("newsdesk", new CentralitySummarizer(df, maxSentences, maxWords));
    systems.put("lead", new LeadBaseline(maxSentences, maxWords));
    systems.put("centroid", new CentroidBaseline(df, maxSentences, maxWords));

    SupportCheck support = new SupportCheck(textById);
    Map<String, Map<String, Double>> perEvent = new LinkedHashMap<>();
    Map<String, Map<Split.Part, Sums>> sums = new LinkedHashMap<>();
    for (LabelledEvent e : events.values()) {
      EventFacts f = facts.extract(e.docs());
      PhraseCoverage coverage = new PhraseCoverage(e.phrases());
      for (Map.Entry<String, Summarizer> system : systems.entrySet()) {
        EventSummary summary = system.getValue().summarize(e.docs(), f);
        String text = String.join(" ", summary.sentences().stream().map(SummarySentence::text).toList());
        double c = coverage.coverage(text);
        perEvent.computeIfAbsent(e.name(), k -> new LinkedHashMap<>()).put(system.getKey(), c);
        Sums s = sums.computeIfAbsent(system.getKey(), k -> new EnumMap<>(Split.Part.class))
            .computeIfAbsent(e.part(), k -> new Sums());
        s.events++;
        s.coverage += c;
        s.redundancy += redundancy(summary, df);
        s.words += Terms.words(text).size();
        s.sentences += summary.sentences().size();
        for (SummarySentence sentence : summary.sentences()) {
          s.all++;
          s.supported += support.supported(sentence) ? 1 : 0;
        }
      }
    }
    List<SystemScore> scores = new ArrayList<>();
    sums.forEach((system, byPart) -> {
      for (Split.Part part : Split.Part.values()) {
        scores.add(byPart.getOrDefault(part, new Sums()).score(system, part));
      }
    });
    printEvents(out, events, perEvent);
    printScores(out, scores);

    SplitFigures last = new SplitFigures("summary");
    for (String system : systems.keySet()) {
      String prefix = system.equals("newsdesk") ? "" : system + "_";
      SystemScore dev = find(scores, system, Split.Part.DEV);
      SystemScore test = find(scores, system, Split.Part.TEST);
      last.add(prefix + "coverage", dev.coverage(), test.coverage())
          .add(prefix + "supported", dev.supported(), test.supported())
          .add(prefix + "redundancy", dev.redundancy(), test.redundancy())
          .add(prefix + "words", dev.words(), test.words());
    }
    last.add("events", (long) count(events, Split.Part.DEV), (long) count(events, Split.Part.TEST));

    Optional<GumRouge.Result> rouge = GumRouge.near(data).map(dir -> new GumRouge(dir, maxSentences, maxWords)
        .run(out));
    if (rouge.isEmpty()) {
      out.printf("summary: GUM not found at %s, ROUGE skipped%n", GumRouge.besideGiveme5W1H(data));
    } else {
      rouge.get().addTo(last);
    }
    out.println(last);
    out.flush();
    return scores;
  }

  /** An article's text as its reader has it, before cleaning: title, then text (which holds the lead). */
  private static String asRead(Article a) {
    return (a.title() == null ? "" : a.title() + "\n\n") + a.text();
  }

  private static int count(Map<String, LabelledEvent> events, Split.Part part) {
    return (int) events.values().stream().filter(e -> e.part() == part).count();
  }

  private static SystemScore find(List<SystemScore> scores, String system, Split.Part part) {
    return scores.stream().filter(s -> s.system().equals(system) && s.part() == part).findFirst().orElseThrow();
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

  private static void printEvents(PrintWriter out, Map<String, LabelledEvent> events,
                                  Map<String, Map<String, Double>> perEvent) {
    for (Split.Part part : Split.Part.values()) {
      out.printf("%-22s %8s", "event (5W coverage, " + part.label() + ")", "phrases");
      perEvent.values().iterator().next().keySet().forEach(s -> out.printf(" %9s", s));
      out.println();
      perEvent.forEach((event, bySystem) -> {
        LabelledEvent e = events.get(event);
        if (e.part() == part) {
          out.printf(Locale.ROOT, "%-22s %8d", event, new PhraseCoverage(e.phrases()).phrases());
          bySystem.values().forEach(v -> out.printf(Locale.ROOT, " %9.3f", v));
          out.println();
        }
      });
      out.println();
    }
  }

  private static void printScores(PrintWriter out, List<SystemScore> scores) {
    out.printf("%-10s %-5s %9s %9s %10s %7s %9s %7s%n", "system", "part", "coverage", "supported", "redundancy",
        "words", "sentences", "events");
    for (SystemScore s : scores) {
      out.printf(Locale.ROOT, "%-10s %-5s %9.3f %9.3f %10.3f %7.1f %9.1f %7d%n", s.system(), s.part().label(),
          s.coverage(), s.supported(), s.redundancy(), s.words(), s.sentences(), s.events());
    }
  }
}
