package io.newsdesk.eval.facts;

import io.newsdesk.eval.ScoringWords;
import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.facts.LeadFiveWExtractor;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.language.ClauseReader;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.SplitFigures;
import io.newsdesk.eval.data.Giveme5W1H;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per question and per part of the {@link Split} (by event), how well newsdesk's answers match Giveme5W1H's
 * annotations: token F1 against the best-matching annotated phrase (what a reader gets: a padded answer loses
 * precision), beside the dataset authors' lenient overlap (the share of answers that share a word, other than a
 * stop word, with an annotation) and the mean length of the answers. A question left unanswered scores 0. Beside
 * newsdesk, a baseline that answers every question with the lead sentence.
 */
public final class FactsEvaluation {

  static final List<String> QUESTIONS = Giveme5W1H.QUESTIONS;

  /** The running sums of one question on one part. */
  static final class Tally {
    int asked;
    int overlaps;
    double f1;
    int answered;
    long words;
    int leadOverlaps;
    double leadF1;

    void add(String answer, String lead, List<String> gold) {
      asked++;
      if (answer != null) {
        answered++;
        words += ScoringWords.of(answer).size();
        f1 += AnswerScores.bestF1(answer, gold);
        overlaps += AnswerScores.overlaps(answer, gold) ? 1 : 0;
      }
      leadF1 += AnswerScores.bestF1(lead, gold);
      leadOverlaps += AnswerScores.overlaps(lead, gold) ? 1 : 0;
    }

    double f1() {
      return asked == 0 ? 0 : f1 / asked;
    }

    double overlap() {
      return asked == 0 ? 0 : (double) overlaps / asked;
    }

    double words() {
      return answered == 0 ? 0 : (double) words / answered;
    }

    double leadF1() {
      return asked == 0 ? 0 : leadF1 / asked;
    }

    double leadOverlap() {
      return asked == 0 ? 0 : (double) leadOverlaps / asked;
    }
  }

  public void run(Path data, PrintWriter out) {
    List<Giveme5W1H.Article> articles = Giveme5W1H.read(data);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    WorldGazetteer world = WorldGazetteer.load();
    LeadFiveWExtractor extractor = new LeadFiveWExtractor(world, ClauseReader.shipped());
    // the word-shape rules the tagger replaced, scored beside it on who and what
    LeadFiveWExtractor rules = new LeadFiveWExtractor(world);
    Map<Split.Part, Map<String, Tally>> ruleTallies = new EnumMap<>(Split.Part.class);
    Map<Split.Part, Map<String, Tally>> tallies = new EnumMap<>(Split.Part.class);
    Map<Split.Part, Integer> counts = new EnumMap<>(Split.Part.class);
    for (Split.Part part : Split.Part.values()) {
      Map<String, Tally> byQuestion = new LinkedHashMap<>();
      QUESTIONS.forEach(q -> byQuestion.put(q, new Tally()));
      tallies.put(part, byQuestion);
      ruleTallies.put(part, new LinkedHashMap<>(Map.of("who", new Tally(), "what", new Tally())));
      counts.put(part, 0);
    }
    for (Giveme5W1H.Article a : articles) {
      Document doc = analyzer.analyze(cleaner.clean(a.article()));
      FiveWs answers = extractor.extract(doc);
      FiveWs byRules = rules.extract(doc);
      String lead = doc.sentences().isEmpty() ? "" : doc.sentences().get(0).text();
      counts.merge(a.part(), 1, Integer::sum);
      for (String q : QUESTIONS) {
        List<String> gold = a.annotations().get(q);
        if (gold == null || gold.isEmpty()) {
          continue;
        }
        FiveWs.Answer answer = answers.answer(q);
        tallies.get(a.part()).get(q).add(answer == null ? null : answer.text(), lead, gold);
        Tally ruleTally = ruleTallies.get(a.part()).get(q);
        if (ruleTally != null) {
          FiveWs.Answer ruled = byRules.answer(q);
          ruleTally.add(ruled == null ? null : ruled.text(), lead, gold);
        }
      }
    }
    print(data, tallies, ruleTallies, counts, out);
  }

  private static void print(Path data, Map<Split.Part, Map<String, Tally>> tallies,
      Map<Split.Part, Map<String, Tally>> ruleTallies, Map<Split.Part, Integer> counts, PrintWriter out) {
    Map<String, Tally> dev = tallies.get(Split.Part.DEV);
    Map<String, Tally> test = tallies.get(Split.Part.TEST);
    out.printf(Locale.ROOT, "facts: %s, %d articles (dev %d, test %d; split by event)%n", data,
        counts.get(Split.Part.DEV) + counts.get(Split.Part.TEST), counts.get(Split.Part.DEV),
        counts.get(Split.Part.TEST));
    out.println("token F1 against the best annotation (unanswered = 0), overlap (shares a content word), mean"
        + " answer words; lead = the lead sentence as every answer");
    out.printf(Locale.ROOT, "%-6s | %-38s | %-38s%n", "", "dev", "test");
    out.printf(Locale.ROOT, "%-6s | %6s %7s %6s %7s %8s | %6s %7s %6s %7s %8s%n", "", "F1", "overlap", "words",
        "lead F1", "lead ovl", "F1", "overlap", "words", "lead F1", "lead ovl");
    SplitFigures last = new SplitFigures("facts");
    for (String q : QUESTIONS) {
      Tally d = dev.get(q);
      Tally t = test.get(q);
      out.printf(Locale.ROOT, "%-6s | %6.3f %7.3f %6.1f %7.3f %8.3f | %6.3f %7.3f %6.1f %7.3f %8.3f%n", q,
          d.f1(), d.overlap(), d.words(), d.leadF1(), d.leadOverlap(),
          t.f1(), t.overlap(), t.words(), t.leadF1(), t.leadOverlap());
      last.add(q + "_f1", d.f1(), t.f1()).add(q + "_overlap", d.overlap(), t.overlap())
          .add(q + "_words", d.words(), t.words());
    }
    for (String q : QUESTIONS) {
      last.add("lead_" + q + "_f1", dev.get(q).leadF1(), test.get(q).leadF1())
          .add("lead_" + q + "_overlap", dev.get(q).leadOverlap(), test.get(q).leadOverlap());
    }
    for (String q : List.of("who", "what")) {
      Tally d = ruleTallies.get(Split.Part.DEV).get(q);
      Tally t = ruleTallies.get(Split.Part.TEST).get(q);
      out.printf(Locale.ROOT, "%-6s | %6.3f %7.3f %6.1f %17s | %6.3f %7.3f %6.1f   (word-shape rules, no tagger)%n",
          q, d.f1(), d.overlap(), d.words(), "", t.f1(), t.overlap(), t.words());
      last.add("rules_" + q + "_f1", d.f1(), t.f1());
    }
    last.addOther("articles", Integer.toString(counts.get(Split.Part.DEV) + counts.get(Split.Part.TEST)));
    out.println(last);
    out.flush();
  }
}
