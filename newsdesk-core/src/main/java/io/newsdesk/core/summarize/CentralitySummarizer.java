package io.newsdesk.core.summarize;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the sentences that together say most of what the event's articles share, within a budget of sentences
 * and words: each term weighs more the more articles use it (and their leads most, where news puts who, what,
 * when and where), and a sentence is worth the weight of the terms it adds to what the summary already says,
 * per word it costs. So central sentences come first, repeats are worth nothing, and short dense sentences beat
 * long ones. The sentences are then listed in time order, each citing every article that says the same.
 */
public final class CentralitySummarizer implements Summarizer {

  public static final int DEFAULT_MAX_SENTENCES = 5;
  public static final int DEFAULT_MAX_WORDS = 120;

  /**
   * Exponent of the word count a sentence's gain is divided by. 1 is the textbook ratio for budgeted coverage;
   * on Giveme5W1H 0.7 covers more of the annotated phrases (long sentences are not all padding).
   */
  private static final double LENGTH_EXPONENT = 0.7;
  /** Weight of a term per share of the event's titles and leads it stands in, on top of its own. */
  private static final double LEAD_WEIGHT = 1.0;
  private static final int LEAD_SENTENCES = 2;
  /** Gain of a sentence from an article not cited yet, so that the summary draws on several outlets. */
  private static final double NEW_ARTICLE_BONUS = 1.1;

  private final DocumentFrequencies collection;
  private final int maxSentences;
  private final int maxWords;
  private final HeadlineWriter headlines = new HeadlineWriter();
  private final SupportFinder support = new SupportFinder();

  public CentralitySummarizer(DocumentFrequencies collection, int maxSentences, int maxWords) {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be at least 1: " + maxSentences);
    }
    if (maxWords < StandaloneSentences.MIN_WORDS) {
      throw new IllegalArgumentException("maxWords must be at least " + StandaloneSentences.MIN_WORDS + ": "
          + maxWords);
    }
    this.collection = collection;
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  public CentralitySummarizer(DocumentFrequencies collection) {
    this(collection, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_WORDS);
  }

  private record Candidate(Document doc, Sentence sentence, String text, Set<String> terms, int words) {}

  @Override
  public EventSummary summarize(List<Document> event, EventFacts facts) {
    EventTerms terms = new EventTerms(event, collection);
    LeadTerms leads = new LeadTerms(event);
    List<Candidate> candidates = candidates(event);
    List<Candidate> chosen = new ArrayList<>();
    Set<String> said = new HashSet<>();
    Set<String> citedDocs = new HashSet<>();
    int words = 0;
    while (chosen.size() < maxSentences) {
      Candidate best = null;
      double bestGain = 0;
      for (Candidate c : candidates) {
        if (chosen.contains(c) || words + c.words > maxWords) {
          continue;
        }
        double gain = 0;
        for (String t : c.terms) {
          if (!said.contains(t)) {
            gain += terms.weight(t) * (1 + LEAD_WEIGHT * leads.share(t));
          }
        }
        gain = gain / Math.pow(c.words, LENGTH_EXPONENT) * (citedDocs.contains(c.doc.id()) ? 1 : NEW_ARTICLE_BONUS);
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      said.addAll(best.terms);
      citedDocs.add(best.doc.id());
      words += best.words;
    }
    if (chosen.isEmpty()) {
      fallback(event).ifPresent(chosen::add);
    }
    chosen.sort(Comparator.comparing((Candidate c) -> c.doc.article().published(),
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparing(c -> c.doc.id()).thenComparingInt(c -> c.sentence.index()));
    List<SummarySentence> summary = new ArrayList<>();
    for (Candidate c : chosen) {
      summary.add(new SummarySentence(c.text, support.supporters(c.text, c.doc, event)));
    }
    return new EventSummary(headlines.write(event, facts, terms), summary);
  }

  /** Every sentence that can stand alone; the same sentence copied by several articles once, from the first. */
  private static List<Candidate> candidates(List<Document> event) {
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Document d : event.stream().sorted(Document.IN_TIME_ORDER).toList()) {
      for (Sentence s : d.sentences()) {
        Optional<String> text = StandaloneSentences.standalone(s.text());
        if (text.isPresent() && seen.add(text.get())) {
          out.add(new Candidate(d, s, text.get(), new LinkedHashSet<>(Terms.terms(text.get())),
              Terms.words(text.get()).size()));
        }
      }
    }
    return out;
  }

  /** An event none of whose sentences can stand alone still gets one: its earliest article's first. */
  private static Optional<Candidate> fallback(List<Document> event) {
    return event.stream().sorted(Document.IN_TIME_ORDER).filter(d -> !d.sentences().isEmpty()).findFirst()
        .map(d -> {
          Sentence s = d.sentences().get(0);
          return new Candidate(d, s, s.text(), new LinkedHashSet<>(Terms.terms(s.text())),
              Terms.words(s.text()).size());
        });
  }

  /** For each term, the share of the event's articles whose title or first sentences use it. */
  private static final class LeadTerms {
    private final java.util.Map<String, Double> share = new java.util.HashMap<>();

    LeadTerms(List<Document> event) {
      for (Document d : event) {
        Set<String> lead = new HashSet<>();
        if (d.article().title() != null) {
          lead.addAll(Terms.terms(d.article().title()));
        }
        d.sentences().stream().limit(LEAD_SENTENCES).forEach(s -> lead.addAll(Terms.terms(s.text())));
        lead.forEach(t -> share.merge(t, 1.0 / event.size(), Double::sum));
      }
    }

    double share(String term) {
      return share.getOrDefault(term, 0.0);
    }
  }
}
