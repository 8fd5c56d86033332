package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.newsdesk.core.facts.FiveWs.Answer;

/**
 * Answers the five Ws and the H from an article's lead, where news puts them: the lead's subject is who, what
 * it did is what, the first place named is where, the first time named is when, a clause of cause (because,
 * after, amid) is why and one of means (by, with) is how. Rules only; the answers are short phrases, never
 * whole paragraphs.
 */
public final class LeadFiveWExtractor {

  /** Sentences of the lead searched, after the title. */
  static final int LEAD_SENTENCES = 3;
  private static final int MAX_WHO_WORDS = 10;
  private static final int MAX_WHAT_WORDS = 16;
  private static final int MAX_CLAUSE_WORDS = 12;

  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
      "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do",
      "said", "says", "say", "told", "tells", "won", "took", "takes", "made", "makes", "hit", "hits", "killed",
      "left", "leaves", "fled", "began", "begins", "came", "comes", "went", "goes", "got", "gets", "saw", "sees",
      "gave", "gives", "found", "finds", "led", "leads", "met", "meets", "lost", "loses", "struck", "strikes",
      "ran", "runs", "announced", "announces", "plans", "wants", "faces", "face", "claimed", "claims");
  private static final Set<String> NOT_SUBJECTS = Set.of("it", "there", "this", "that", "he", "she", "they", "we",
      "i", "you");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:(?:on|early|late|last|this|next|by)\\s+)?"
      + "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?"
      + "|yesterday|today|tonight|this\\s+(?:morning|week|month|year)|last\\s+(?:night|week|month|year)"
      + "|(?:earlier|later)\\s+this\\s+(?:week|month|year)"
      + "|(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
      + "|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
      + "|\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
      + "(?:\\s+\\d{4})?"
      + "|(?:at\\s+)?(?:around\\s+|about\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)"
      + "|in\\s+(?:19|20)\\d{2})\\b");
  private static final Pattern FULL_NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:al|bin|de|van|von)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,2}");
  private static final Pattern WHY = Pattern.compile(
      "(?i)\\b(?:because(?:\\s+of)?|due\\s+to|as\\s+a\\s+result\\s+of|amid|after|following|over|in\\s+protest\\s+"
          + "(?:at|against))\\s+");
  private static final Pattern HOW = Pattern.compile("(?i)\\b(?:by|using|with|through|via)\\s+");

  private final ToponymRecognizer places;

  public LeadFiveWExtractor(ToponymRecognizer places) {
    this.places = places;
  }

  /** The answers of one article. */
  public FiveWs extract(Document doc) {
    List<Lead> lead = lead(doc);
    String id = doc.id();
    Answer who = null;
    Answer what = null;
    for (Lead s : lead) {
      if (s.index < 0) {
        continue; // a headline has no full clause to read a subject from
      }
      String[] split = subjectAndPredicate(s.text);
      if (split != null) {
        who = new Answer(withNames(split[0], s.text, doc.article().title()), id, s.index);
        what = new Answer(withHeadline(split[1], doc.article().title()), id, s.index);
        break;
      }
    }
    Answer when = first(lead, id, this::when);
    for (int i = 0; when == null && i < doc.sentences().size(); i++) {
      String found = when(doc.sentences().get(i).text()); // news may give the time further down
      if (found != null) {
        when = new Answer(found, id, doc.sentences().get(i).index());
      }
    }
    return new FiveWs(who, what, when, where(lead, id, doc.article().title()),
        first(lead, id, t -> clause(t, WHY)), first(lead, id, t -> clause(t, HOW)));
  }

  private record Lead(int index, String text) {}

  /** The title, then the first sentences, each without a wire dateline. */
  private static List<Lead> lead(Document doc) {
    List<Lead> out = new ArrayList<>();
    String title = doc.article().title();
    if (title != null && !title.isBlank()) {
      out.add(new Lead(-1, title));
    }
    for (Sentence s : doc.sentences()) {
      if (out.size() > LEAD_SENTENCES) {
        break;
      }
      String text = s.text().substring(Math.min(s.text().length(), Datelines.leadLength(s.text()))).strip();
      if (!text.isEmpty()) {
        out.add(new Lead(s.index(), text));
      }
    }
    return out;
  }

  private interface Finder {
    String find(String sentence);
  }

  /**
   * The subject, and after it the people and organisations the sentence and the headline name by two or more
   * capitalised words that are not in the subject already ("The meeting in the Oval Office; Donald Trump"):
   * the lead's subject is often a thing, its actors named beside it.
   */
  private String withNames(String subject, String sentence, String title) {
    List<String> names = new ArrayList<>();
    for (String text : title == null ? List.of(sentence) : List.of(sentence, title)) {
      Matcher m = FULL_NAME.matcher(text);
      while (m.find() && names.size() < 2) {
        String name = m.group();
        if (!subject.contains(name) && !names.contains(name) && places.find(name).isEmpty()) {
          names.add(name);
        }
      }
    }
    return names.isEmpty() ? subject : subject + "; " + String.join(", ", names);
  }

  /**
   * What the lead's subject did, and the headline after it where there is one: a headline is the shortest
   * statement of what happened ("Seven killed as tram derails"), the lead's predicate its fuller form.
   */
  private static String withHeadline(String predicate, String title) {
    return title == null || title.isBlank() || predicate.contains(title) ? predicate
        : predicate + "; " + title.strip();
  }

  /** The first answer found in the lead: sentences first, the title last (a headline's words are cut short). */
  private static Answer first(List<Lead> lead, String id, Finder finder) {
    for (Lead s : lead) {
      if (s.index >= 0) {
        String found = finder.find(s.text);
        if (found != null) {
          return new Answer(found, id, s.index);
        }
      }
    }
    for (Lead s : lead) {
      if (s.index < 0) {
        String found = finder.find(s.text);
        if (found != null) {
          return new Answer(found, id, s.index);
        }
      }
    }
    return null;
  }

  private String when(String sentence) {
    Matcher m = WHEN.matcher(sentence);
    return m.find() ? m.group().strip() : null;
  }

  /**
   * The places of the first lead sentence that names any, and those of the headline, which names where the
   * story is when the lead names only the wider region.
   */
  private Answer where(List<Lead> lead, String id, String title) {
    Answer inLead = first(lead, id, t -> names(places.find(t)));
    List<Toponym> inTitle = title == null ? List.of() : places.find(title);
    if (inLead == null || inTitle.isEmpty()) {
      return inLead;
    }
    List<Toponym> extra = inTitle.stream().filter(t -> !inLead.text().contains(t.name())).toList();
    return extra.isEmpty() ? inLead
        : new Answer(inLead.text() + ", " + names(extra), inLead.article(), inLead.sentence());
  }

  /** At most three place names, places before demonyms ("Croydon, London" over "British"). */
  private static String names(List<Toponym> toponyms) {
    List<String> found = new ArrayList<>();
    List<String> demonyms = new ArrayList<>();
    for (Toponym t : toponyms) {
      boolean demonym = t.name().matches(".*(?:an|ans|ese|ish|i)$");
      List<String> to = demonym ? demonyms : found;
      if (!to.contains(t.name())) {
        to.add(t.name());
      }
    }
    found.addAll(demonyms);
    return found.isEmpty() ? null : String.join(", ", found.subList(0, Math.min(3, found.size())));
  }

  /** The words after a cue of cause or means, to the end of the clause. */
  private static String clause(String sentence, Pattern cue) {
    Matcher m = cue.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    String rest = sentence.substring(m.start());
    int stop = indexOfAny(rest, ",;:—–");
    return words(stop < 0 ? rest : rest.substring(0, stop), MAX_CLAUSE_WORDS);
  }

  /**
   * The subject (the words before the first verb) and the predicate (the verb and what follows, to the clause's
   * end) of a sentence; null when the subject is a pronoun or there is no verb.
   */
  static String[] subjectAndPredicate(String sentence) {
    Matcher m = WORD.matcher(sentence);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = 1; i < Math.min(words.size(), MAX_WHO_WORDS + 1); i++) {
      String w = sentence.substring(words.get(i)[0], words.get(i)[1]);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean verb = AUXILIARIES.contains(lower) || (Character.isLowerCase(w.charAt(0)) && lower.length() > 4
          && lower.endsWith("ed"));
      if (!verb) {
        continue;
      }
      String subject = sentence.substring(words.get(0)[0], words.get(i - 1)[1]).replaceAll("[,;:]+$", "").strip();
      int comma = subject.lastIndexOf(", ");
      if (comma > 0 && comma < subject.length() - 3) {
        subject = subject.substring(comma + 2); // "In a call with donors, the Democratic nominee"
      }
      if (NOT_SUBJECTS.contains(subject.toLowerCase(Locale.ROOT))) {
        return null;
      }
      String rest = sentence.substring(words.get(i)[0]);
      int stop = indexOfAny(rest, ";:—–");
      return new String[] {subject, words(stop < 0 ? rest : rest.substring(0, stop), MAX_WHAT_WORDS)};
    }
    return null;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** At most {@code max} words of {@code s}, without the closing full stop. */
  private static String words(String s, int max) {
    String[] w = s.strip().split("\\s+");
    String out = String.join(" ", java.util.Arrays.copyOf(w, Math.min(max, w.length)));
    return out.replaceAll("[.,;:]+$", "");
  }


}
