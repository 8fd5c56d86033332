package io.newsdesk.core.summarize;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import io.newsdesk.core.text.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the sentences most central to the event across its outlets (terms that many of its articles share),
 * one at a time, each time discounting what the summary already says and favouring articles not yet cited;
 * then lists them in time order. A sentence cites its own article and every other one that says the same.
 */
public final class CentralitySummarizer implements Summarizer {

  public static final int DEFAULT_MAX_SENTENCES = 5;
  public static final int DEFAULT_MAX_WORDS = 120;

  private static final int MIN_WORDS = 7;
  private static final int MAX_SENTENCE_WORDS = 45;
  /** How much similarity to what is already chosen costs (maximal marginal relevance). */
  private static final double REDUNDANCY_PENALTY = 0.8;
  private static final double NEW_ARTICLE_BONUS = 1.25;
  private static final double LEAD_BONUS = 1.2;
  /** Cosine above which another article's sentence counts as saying the same thing. */
  private static final double SUPPORT_SIMILARITY = 0.35;
  /** Sentences that only make sense inside their article. */
  private static final Pattern DANGLING = Pattern.compile(
      "^(He|She|It|They|This|These|That|Those|His|Her|Their|But|And|Or|So|Also|Still|Yet|However|Meanwhile"
          + "|Then|There|Here|Such|Both)\\b.*");

  private final DocumentFrequencies collection;
  private final int maxSentences;
  private final int maxWords;
  private final HeadlineWriter headlines = new HeadlineWriter();

  public CentralitySummarizer(DocumentFrequencies collection, int maxSentences, int maxWords) {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be at least 1: " + maxSentences);
    }
    if (maxWords < MIN_WORDS) {
      throw new IllegalArgumentException("maxWords must be at least " + MIN_WORDS + ": " + maxWords);
    }
    this.collection = collection;
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  public CentralitySummarizer(DocumentFrequencies collection) {
    this(collection, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_WORDS);
  }

  private record Candidate(int doc, Sentence sentence, TermVector vector, double score, int words) {}

  @Override
  public EventSummary summarize(List<Document> event, EventFacts facts) {
    EventTerms terms = new EventTerms(event, collection);
    List<Candidate> candidates = candidates(event, terms);
    List<Candidate> chosen = new ArrayList<>();
    Set<Integer> citedDocs = new HashSet<>();
    int words = 0;
    while (chosen.size() < maxSentences) {
      Candidate best = null;
      double bestValue = 0;
      for (Candidate c : candidates) {
        if (chosen.contains(c) || words + c.words > maxWords) {
          continue;
        }
        double redundancy = 0;
        for (Candidate o : chosen) {
          redundancy = Math.max(redundancy, c.vector.cosine(o.vector));
        }
        double value = c.score * (1 - REDUNDANCY_PENALTY * redundancy)
            * (citedDocs.contains(c.doc) ? 1 : NEW_ARTICLE_BONUS);
        if (value > bestValue) {
          best = c;
          bestValue = value;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      citedDocs.add(best.doc);
      words += best.words;
    }
    if (chosen.isEmpty() && !candidates.isEmpty()) {
      chosen.add(candidates.get(0));
    }
    chosen.sort(Comparator.comparing((Candidate c) -> event.get(c.doc).article().published(),
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparingInt(c -> c.doc).thenComparingInt(c -> c.sentence.index()));
    List<SummarySentence> summary = new ArrayList<>();
    for (Candidate c : chosen) {
      summary.add(new SummarySentence(Datelines.strip(c.sentence.text()), supporters(c, event, terms)));
    }
    return new EventSummary(headlines.write(event, facts, terms), summary);
  }

  private static List<Candidate> candidates(List<Document> event, EventTerms terms) {
    List<Candidate> out = new ArrayList<>();
    List<Candidate> fallback = new ArrayList<>();
    for (int d = 0; d < event.size(); d++) {
      for (Sentence s : event.get(d).sentences()) {
        int words = Terms.words(s.text()).size();
        double score = terms.coverage(s.text()) / Math.sqrt(Math.max(words, MIN_WORDS));
        if (s.index() < 2) {
          score *= LEAD_BONUS;
        }
        Candidate c = new Candidate(d, s, terms.vector(s.text()), score, words);
        boolean fit = words >= MIN_WORDS && words <= MAX_SENTENCE_WORDS && !s.text().endsWith("?")
            && !s.text().endsWith(":") && !DANGLING.matcher(s.text()).matches()
            && Character.isUpperCase(firstLetter(s.text()));
        (fit ? out : fallback).add(c);
      }
    }
    // an event whose sentences all fail the filters still gets a summary
    List<Candidate> pool = out.isEmpty() ? fallback : out;
    pool.sort(Comparator.comparingDouble((Candidate c) -> -c.score));
    return pool;
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 'a';
  }

  /** The article a sentence came from, then every other article with a sentence that says the same. */
  private static List<String> supporters(Candidate c, List<Document> event, EventTerms terms) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(event.get(c.doc).id());
    for (int d = 0; d < event.size(); d++) {
      if (d == c.doc) {
        continue;
      }
      for (Sentence s : event.get(d).sentences()) {
        if (c.vector.cosine(terms.vector(s.text())) >= SUPPORT_SIMILARITY) {
          ids.add(event.get(d).id());
          break;
        }
      }
    }
    return List.copyOf(ids);
  }
}
