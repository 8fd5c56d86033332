package io.newsdesk.core.summarize;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.StopWords;
import io.newsdesk.core.text.Terms;
import io.newsdesk.core.text.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an event's headline: the title or lead sentence that best covers what the event's articles share,
 * cut to its main clause, with a generic phrase named the way the coverage names it ("main border crossing"
 * becomes "Nassib border crossing" when the articles keep saying so). At most 15 words.
 */
final class HeadlineWriter {

  static final int MAX_WORDS = 15;
  private static final int MIN_MAIN_CLAUSE_WORDS = 5;
  private static final int LEAD_SENTENCES = 2;

  private static final Pattern LEADING_TIME = Pattern.compile(
      "^(?:(?:early|late|on|last|this|by|since)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|morning|night|evening|week|month)(?:['’]s)?(?:\\s+(?:morning|night|evening|afternoon))?,?\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_FRAME = Pattern.compile(
      "^(?:meanwhile,?\\s+|however,?\\s+|[\\p{Lu}][\\p{L}\\s]{0,40}?\\s+(?:reports|reported|says|said)\\s+that\\s+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
      ",\\s*(?:[\\p{L}'’-]+\\s+){0,4}(?:said|says|reported|reports|announced|told [\\p{L} ]+)[^,]*$");
  /** "Analysis:", "Live:", "Update 2:" and such labels before a title. */
  private static final Pattern LABEL = Pattern.compile("^(?:[\\p{Lu}][\\p{L} ]{1,20}|UPDATE \\d+):\\s+");
  /** Clause openers after which a headline loses little. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "\\s+(?:amid|as|after|while|following|because|despite|which|who|where|when|but|since|before)\\s+|,\\s+|\\s+[–—-]\\s+");
  /** Words that a name can replace in front of the phrase it specifies. */
  private static final Set<String> REPLACEABLE = WordList.read(HeadlineWriter.class, "replaceable-words.txt");

  String write(List<Document> event, EventFacts facts, EventTerms terms) {
    // Titles are written to be headlines; lead sentences stand in only when few articles have a title.
    List<String> titles = new ArrayList<>();
    List<String> leads = new ArrayList<>();
    for (Document d : event) {
      if (d.article().title() != null) {
        titles.add(d.article().title());
      }
      for (Sentence s : d.sentences()) {
        if (s.index() >= LEAD_SENTENCES) {
          break;
        }
        leads.add(s.text());
      }
    }
    List<String> candidates = new ArrayList<>(titles);
    if (titles.size() * 2 < event.size()) {
      candidates.addAll(leads);
    }
    String best = null;
    double bestScore = -1;
    for (String candidate : candidates) {
      String shaped = shape(candidate);
      int words = Terms.words(shaped).size();
      if (words < 3) {
        continue;
      }
      double score = terms.coverage(shaped) / Math.sqrt(Math.max(words, 6));
      if (score > bestScore) {
        best = shaped;
        bestScore = score;
      }
    }
    if (best == null) {
      return event.isEmpty() ? "" : fallback(event.get(0));
    }
    return capitalise(limit(specify(best, event, facts)));
  }

  /** The main clause: without a leading time or reporting frame, trailing attribution or subordinate clause. */
  static String shape(String sentence) {
    String s = Datelines.strip(sentence.strip()).replaceAll("[.!?]+[\"”’]?$", "").replaceAll("^[\"“]|[\"”]$", "");
    s = LABEL.matcher(s).replaceFirst("");
    s = LEADING_TIME.matcher(s).replaceFirst("");
    s = LEADING_FRAME.matcher(s).replaceFirst("");
    s = TRAILING_ATTRIBUTION.matcher(s).replaceFirst("");
    Matcher m = CLAUSE_BREAK.matcher(s);
    while (m.find()) {
      String head = s.substring(0, m.start());
      if (Terms.words(head).size() >= MIN_MAIN_CLAUSE_WORDS) {
        return capitalise(head);
      }
    }
    return capitalise(s);
  }

  /**
   * Names a generic phrase of the headline the way the articles name it: when "Nassib border crossing"
   * stands in two or more places of the coverage and the headline says "main border crossing", it becomes
   * "Nassib border crossing".
   */
  private static String specify(String headline, List<Document> event, EventFacts facts) {
    List<String> words = new ArrayList<>(Arrays.asList(headline.split("\\s+")));
    for (int i = 0; i < words.size(); i++) {
      for (int len = 2; len >= 1; len--) {
        if (i + len > words.size()) {
          continue;
        }
        List<String> phrase = words.subList(i, i + len);
        if (!phrase.stream().allMatch(w -> w.matches("\\p{Ll}[\\p{Ll}-]*") && Terms.term(w) != null)) {
          continue;
        }
        String name = supportedName(String.join(" ", phrase), headline, event, facts);
        if (name != null) {
          if (i > 0 && REPLACEABLE.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
            words.set(i - 1, name);
          } else {
            words.add(i, name);
          }
          return String.join(" ", words);
        }
      }
    }
    return headline;
  }

  /**
   * The entity name that most often stands right before {@code phrase} in the event, when it does so twice: the
   * text is scanned once for the phrase and the name read backwards from each place it stands.
   */
  private static String supportedName(String phrase, String headline, List<Document> event, EventFacts facts) {
    java.util.Map<String, String> nameOf = new java.util.HashMap<>();
    for (Entity e : facts.entities()) {
      if (e.variants().stream().noneMatch(headline::contains)) {
        e.variants().forEach(v -> nameOf.putIfAbsent(v, e.name()));
      }
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    Pattern p = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b");
    for (Document d : event) {
      String text = d.article().text();
      Matcher m = p.matcher(text);
      while (m.find()) {
        // up to four capitalised words right before the phrase, longest known name first
        List<String> before = new ArrayList<>();
        int end = m.start();
        for (int k = 0; k < 4; k++) {
          int e = end;
          while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
          }
          int b = e;
          while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
          }
          if (b == e || !Character.isUpperCase(text.charAt(b))) {
            break;
          }
          before.add(0, text.substring(b, e));
          end = b;
        }
        for (int k = 0; k < before.size(); k++) {
          String candidate = String.join(" ", before.subList(k, before.size()));
          String name = nameOf.get(candidate);
          if (name != null) {
            counts.merge(name, 1, Integer::sum);
            break;
          }
        }
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() > 1)
        .max(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
        .map(java.util.Map.Entry::getKey).orElse(null);
  }

  private static String limit(String headline) {
    List<String> words = Arrays.asList(headline.split("\\s+"));
    if (words.size() <= MAX_WORDS) {
      return headline;
    }
    int end = MAX_WORDS;
    while (end > 1 && StopWords.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
      end--;
    }
    return String.join(" ", words.subList(0, end)).replaceAll("[,;:]$", "");
  }

  private static String fallback(Document doc) {
    String text = doc.article().title() != null ? doc.article().title() : doc.article().text();
    return limit(text.strip().split("\n")[0]);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
