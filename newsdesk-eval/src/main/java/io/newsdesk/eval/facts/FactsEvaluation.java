package io.newsdesk.eval.facts;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.facts.LeadFiveWExtractor;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.eval.data.Giveme5W1H;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per question, the share of the articles with an annotated answer whose extracted answer overlaps one of the
 * annotated phrases (shares a word that is not a stop word), as the dataset's authors score Giveme5W1H. Beside
 * newsdesk, in the same run, a baseline that answers every question with the lead sentence, which shows how
 * much of the score a long answer would get for nothing; the mean length of newsdesk's answers is printed too.
 */
public final class FactsEvaluation {

  static final List<String> QUESTIONS = Giveme5W1H.QUESTIONS;
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
      "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that",
      "this", "he", "she", "they", "his", "her", "their", "said", "says", "will", "would", "not", "but", "after",
      "over", "into", "than", "more", "s");

  public void run(Path data, PrintWriter out) {
    List<Giveme5W1H.Article> articles = Giveme5W1H.read(data);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    LeadFiveWExtractor extractor = new LeadFiveWExtractor(WorldGazetteer.shared());
    Map<String, int[]> ours = new LinkedHashMap<>();
    Map<String, int[]> lead = new LinkedHashMap<>();
    Map<String, long[]> words = new LinkedHashMap<>();
    QUESTIONS.forEach(q -> {
      ours.put(q, new int[2]);
      lead.put(q, new int[2]);
      words.put(q, new long[2]);
    });
    for (Giveme5W1H.Article a : articles) {
      Document doc = analyzer.analyze(cleaner.clean(a.article()));
      FiveWs answers = extractor.extract(doc);
      String leadSentence = doc.sentences().isEmpty() ? "" : doc.sentences().get(0).text();
      for (String q : QUESTIONS) {
        List<String> gold = a.annotations().get(q);
        if (gold == null || gold.isEmpty()) {
          continue;
        }
        FiveWs.Answer answer = answers.answer(q);
        count(ours.get(q), answer != null && overlaps(answer.text(), gold));
        count(lead.get(q), overlaps(leadSentence, gold));
        if (answer != null) {
          words.get(q)[0] += answer.text().split("\\s+").length;
          words.get(q)[1]++;
        }
      }
    }
    out.printf(Locale.ROOT, "facts: %s, %d articles%n", data, articles.size());
    out.printf(Locale.ROOT, "%-6s %10s %12s %10s %14s%n", "", "newsdesk", "answered by", "words", "lead sentence");
    StringBuilder last = new StringBuilder("facts:");
    for (String q : QUESTIONS) {
      int[] o = ours.get(q);
      int[] l = lead.get(q);
      long[] w = words.get(q);
      out.printf(Locale.ROOT, "%-6s %10.3f %8d/%-3d %10.1f %14.3f%n", q, share(o), o[0], o[1],
          w[1] == 0 ? 0.0 : (double) w[0] / w[1], share(l));
      last.append(String.format(Locale.ROOT, " %s=%.3f", q, share(o)));
    }
    last.append(String.format(Locale.ROOT, " lead_who=%.3f lead_what=%.3f lead_when=%.3f lead_where=%.3f",
        share(lead.get("who")), share(lead.get("what")), share(lead.get("when")), share(lead.get("where"))));
    out.println(last);
    out.flush();
  }

  private static void count(int[] tally, boolean hit) {
    tally[1]++;
    if (hit) {
      tally[0]++;
    }
  }

  private static double share(int[] tally) {
    return tally[1] == 0 ? 0 : (double) tally[0] / tally[1];
  }

  /** True when the answer shares a word, other than a stop word, with one of the annotated phrases. */
  static boolean overlaps(String answer, List<String> gold) {
    Set<String> mine = contentWords(answer);
    return gold.stream().anyMatch(g -> contentWords(g).stream().anyMatch(mine::contains));
  }

  static Set<String> contentWords(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !STOP.contains(w))
        .collect(Collectors.toCollection(HashSet::new));
  }
}
