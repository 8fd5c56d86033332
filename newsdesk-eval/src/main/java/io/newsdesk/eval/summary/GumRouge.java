package io.newsdesk.eval.summary;

import io.newsdesk.eval.ScoringWords;
import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.facts.FactExtractor;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.SplitFigures;
import io.newsdesk.eval.data.Gum;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * newsdesk's summaries against human-style references: each GUM news document is digested as an event of one
 * article (cleaned, analysed, its facts extracted and summarised as the digest does, document frequencies over the
 * GUM news documents), and its summary, cut to the mean length in words of the document's reference summaries,
 * is scored with {@link Rouge} against each reference (mean of the per-reference F1), beside the lead of the same
 * length (the article's first words). GUM gives five references per document: one written by a person
 * ({@code human1}) and four by language models; all five count.
 */
final class GumRouge {

  /** The mean scores of newsdesk and the lead per part, and how many documents each part has. */
  record Result(Map<Split.Part, Rouge.Scores> newsdesk, Map<Split.Part, Rouge.Scores> lead,
                Map<Split.Part, Double> supported, Map<Split.Part, Integer> documents) {

    void addTo(SplitFigures figures) {
      figures.add("rouge1", newsdesk.get(Split.Part.DEV).rouge1(), newsdesk.get(Split.Part.TEST).rouge1())
          .add("rouge2", newsdesk.get(Split.Part.DEV).rouge2(), newsdesk.get(Split.Part.TEST).rouge2())
          .add("lead_rouge1", lead.get(Split.Part.DEV).rouge1(), lead.get(Split.Part.TEST).rouge1())
          .add("lead_rouge2", lead.get(Split.Part.DEV).rouge2(), lead.get(Split.Part.TEST).rouge2())
          .add("gum_supported", supported.get(Split.Part.DEV), supported.get(Split.Part.TEST))
          .add("gum_documents", (long) documents.get(Split.Part.DEV), (long) documents.get(Split.Part.TEST));
    }
  }

  private final Path dir;
  private final int maxSentences;
  private final int maxWords;

  GumRouge(Path dir, int maxSentences, int maxWords) {
    this.dir = dir;
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  /**
   * Where GUM's dependency files lie in the shared data folder, from the Giveme5W1H folder the task is given
   * ({@code facts/giveme5w1h-gold}, or its {@code data/}): {@code ner/gum/dep} two levels up.
   */
  static Path besideGiveme5W1H(Path data) {
    Path set = data.getFileName() != null && data.getFileName().toString().equals("data") ? data.getParent() : data;
    return set.toAbsolutePath().resolve("../../ner/gum/dep").normalize();
  }

  /** The GUM folder beside {@code data}, when it holds GUM's news documents. */
  static Optional<Path> near(Path data) {
    Path gum = besideGiveme5W1H(data);
    if (!Files.isDirectory(gum)) {
      return Optional.empty();
    }
    try (var files = Files.list(gum)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("GUM_news_")) ? Optional.of(gum)
          : Optional.empty();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  Result run(PrintWriter out) {
    List<Gum.Document> gum = Gum.readNews(dir);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    Map<String, Document> docs = new HashMap<>();
    Map<String, String> textById = new HashMap<>();
    DocumentFrequencies df = new DocumentFrequencies();
    for (Gum.Document g : gum) {
      Document d = analyzer.analyze(cleaner.clean(g.article()));
      docs.put(g.name(), d);
      textById.put(d.id(), g.title() + "\n\n" + g.text());
      df.add(d.terms());
    }
    FactExtractor facts = new RuleBasedFactExtractor(Gazetteer.countries());
    CentralitySummarizer newsdesk = new CentralitySummarizer(df, maxSentences, maxWords);
    SupportCheck support = new SupportCheck(textById);

    out.printf("%nsummary: GUM %s, %d news documents; ROUGE F1 (mean over the 5 references) of the summary and of"
        + " the lead, both cut to the references' mean length%n", dir, gum.size());
    Map<Split.Part, Sums> sums = new EnumMap<>(Split.Part.class);
    for (Split.Part part : Split.Part.values()) {
      sums.put(part, new Sums());
    }
    for (Split.Part part : Split.Part.values()) {
      out.printf("%-28s %5s %9s %9s %9s %9s%n", "document (" + part.label() + ")", "words", "R1", "lead R1", "R2",
          "lead R2");
      for (Gum.Document g : gum) {
        if (g.part() != part) {
          continue;
        }
        Document d = docs.get(g.name());
        EventSummary summary = newsdesk.summarize(List.of(d), facts.extract(List.of(d)));
        List<List<String>> references = g.summaries().stream().map(ScoringWords::of).toList();
        int length = (int) Math.round(references.stream().mapToInt(List::size).average().orElse(0));
        String text = String.join(" ", summary.sentences().stream().map(SummarySentence::text).toList());
        Rouge.Scores ours = Rouge.against(first(ScoringWords.of(text), length), references);
        Rouge.Scores lead = Rouge.against(first(ScoringWords.of(d.article().text()), length), references);
        out.printf(Locale.ROOT, "%-28s %5d %9.3f %9.3f %9.3f %9.3f%n", g.name(), length, ours.rouge1(), lead.rouge1(),
            ours.rouge2(), lead.rouge2());
        Sums s = sums.get(part);
        s.ours = s.ours.plus(ours);
        s.lead = s.lead.plus(lead);
        s.documents++;
        s.supported += (int) summary.sentences().stream().filter(support::supported).count();
        s.sentences += summary.sentences().size();
      }
    }
    Map<Split.Part, Rouge.Scores> ours = new EnumMap<>(Split.Part.class);
    Map<Split.Part, Rouge.Scores> lead = new EnumMap<>(Split.Part.class);
    Map<Split.Part, Double> supported = new EnumMap<>(Split.Part.class);
    Map<Split.Part, Integer> documents = new EnumMap<>(Split.Part.class);
    for (Split.Part part : Split.Part.values()) {
      Sums s = sums.get(part);
      int n = Math.max(s.documents, 1);
      ours.put(part, new Rouge.Scores(s.ours.rouge1() / n, s.ours.rouge2() / n));
      lead.put(part, new Rouge.Scores(s.lead.rouge1() / n, s.lead.rouge2() / n));
      supported.put(part, s.sentences == 0 ? 0 : (double) s.supported / s.sentences);
      documents.put(part, s.documents);
    }
    out.printf("%-10s %-5s %9s %9s %9s%n", "system", "part", "ROUGE-1", "ROUGE-2", "documents");
    for (Split.Part part : Split.Part.values()) {
      out.printf(Locale.ROOT, "%-10s %-5s %9.3f %9.3f %9d%n", "newsdesk", part.label(), ours.get(part).rouge1(),
          ours.get(part).rouge2(), documents.get(part));
      out.printf(Locale.ROOT, "%-10s %-5s %9.3f %9.3f %9d%n", "lead", part.label(), lead.get(part).rouge1(),
          lead.get(part).rouge2(), documents.get(part));
    }
    return new Result(ours, lead, supported, documents);
  }

  /** Running sums of one part. */
  private static final class Sums {
    Rouge.Scores ours = new Rouge.Scores(0, 0);
    Rouge.Scores lead = new Rouge.Scores(0, 0);
    int documents;
    int supported;
    int sentences;
  }

  private static List<String> first(List<String> words, int n) {
    return words.subList(0, Math.min(n, words.size()));
  }
}
