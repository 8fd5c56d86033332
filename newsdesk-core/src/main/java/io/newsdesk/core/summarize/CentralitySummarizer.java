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
   * on Giveme5W1H (5W coverage) 1.0 gives 0.572, 0.7 gives 0.643 and 0.5 gives 0.683: long sentences are not
   * all padding.
   */
  private static final double LENGTH_EXPONENT = 0.5;

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
    EventFacets facets = new EventFacets(event, facts, terms, collection);
    List<Candidate> candidates = candidates(event);
    List<Candidate> chosen = new ArrayList<>();
    Set<String> said = new HashSet<>();
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
            gain += facets.weight(t);
          }
        }
        gain = gain / Math.pow(c.words, LENGTH_EXPONENT);
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
          out.add(new Candidate(d, s, text.get(), EventFacets.of(text.get()),
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
          return new Candidate(d, s, s.text(), EventFacets.of(s.text()),
              Terms.words(s.text()).size());
        });
  }
}
