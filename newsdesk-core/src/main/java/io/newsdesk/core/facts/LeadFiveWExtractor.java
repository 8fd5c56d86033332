package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.NamePattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.FiveWs.Answer;

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
  /** Scores of a lead's times: each later sentence, each coarser precision and each day before publication cost. */
  private static final double SENTENCE_PENALTY = Double.parseDouble(System.getProperty("sp", "1.0"));
  private static final double PRECISION_PENALTY = Double.parseDouble(System.getProperty("pp", "1.0"));
  private static final double DAY_PENALTY = Double.parseDouble(System.getProperty("dp", "0.3"));
  private static final int MAX_DAYS = 10;
  private static final double FUTURE_PENALTY = 5.0;
  private static final double ALONE_PENALTY = 0.5;
  private static final int BACKGROUND_DAYS = 365;
  private static final double BACKGROUND_PENALTY = 4.0;
  /** A named occasion that dates what happened at it: "the Brazilian Grand Prix", "the 2016 World Series". */
  private static final int MAX_PLACES = 4;
  /** A named site after a word of place: "at the White House", "outside Trump Tower", "in the Oval Office". */
  private static final Pattern SITE = Pattern.compile("\\b(?:at|in|outside|inside|near|on|into|from|to|towards?"
      + "|beside|opposite|around)\\s+(?:the\\s+|a\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:[a-z]+\\s+)?"
      + "(?i:House|Towers?|Field|Stadium|Square|Park|Airport|Station|Street|Bridge|Palace|Hall|Centre|Center"
      + "|Arena|Circuit|Track|Hospital|University|Cathedral|Mosque|Church|Temple|Embassy|Consulate|Office|Prison"
      + "|Market|Mall|Hotel|Base|Camp|Crossing|Building|Gardens?|Castle|Court|Abbey|Pier|Port|Harbou?r|Stop"
      + "|Tunnel))\\b");
  /** A lone capitalised word after "at" or "in", not followed by another: "the race at Interlagos". */
  private static final Pattern BARE_SITE = Pattern.compile("\\b(?:at|in)\\s+(\\p{Lu}\\p{Ll}+)\\b(?![\\s-]+\\p{Lu})");
  /** Capitals that open a wire story, before a comma, a dash or the agency: "WASHINGTON, Nov 6 (Reuters) -". */
  private static final Pattern DATELINE = Pattern.compile("\\b(\\p{Lu}{3,}(?: \\p{Lu}{2,}){0,2})\\s*(?:,|—|–|-|\\()");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  private static final Pattern OCCASION = Pattern.compile("(?:(?:19|20)\\d{2}\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:Grand Prix|World Series"
      + "|World Cup|Olympics|Olympic Games|Super Bowl|Championships?|Open|Games|Summit|Festival|Marathon|Awards)\\b"
      + "(?:\\s+(?:19|20)\\d{2}\\b)?");
  private static final int CLOCK_GAP = 4;

  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
      "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do",
      "said", "says", "say", "told", "tells", "won", "took", "takes", "made", "makes", "hit", "hits", "killed",
      "left", "leaves", "fled", "began", "begins", "came", "comes", "went", "goes", "got", "gets", "saw", "sees",
      "gave", "gives", "found", "finds", "led", "leads", "met", "meets", "lost", "loses", "struck", "strikes",
      "ran", "runs", "announced", "announces", "plans", "wants", "faces", "face", "claimed", "claims");
  private static final Set<String> IRREGULAR_PAST = Set.of("fell", "rose", "sent", "held", "kept", "spoke", "stood",
      "broke", "brought", "built", "caught", "drove", "flew", "fought", "grew", "knew", "paid", "rode", "sold",
      "spent", "stole", "threw", "wrote", "became", "blew", "drew", "felt", "heard", "shook", "sank", "swept",
      "tore", "woke", "sought", "bought");
  /** Words that follow a verb in -s and never a plural noun's own verb: "rams a truck", "reacts to". */
  private static final Set<String> AFTER_VERB = Set.of("a", "an", "the", "his", "her", "their", "its", "to", "at",
      "in", "on", "into", "over", "with", "for", "as", "after", "that", "up", "down", "out", "off", "back", "home");
  private static final Pattern DETERMINER = Pattern.compile("(?i)(?:the|a|an|this|that|these|those)\\s");
  private static final Set<String> NOT_SUBJECTS = Set.of("it", "there", "this", "that", "he", "she", "they", "we",
      "i", "you");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Pattern FULL_NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:al|bin|de|van|von)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,2}");
  private static final Pattern WHY = Pattern.compile(
      "(?i)\\b(?:because(?:\\s+of)?|due\\s+to|as\\s+a\\s+result\\s+of|amid|after|following|over|in\\s+protest\\s+"
          + "(?:at|against))\\s+");
  private static final Pattern HOW = Pattern.compile("(?i)\\b(?:by|using|with|through|via)\\s+");

  private final WorldGazetteer gazetteer;
  private final ToponymRecognizer places;

  public LeadFiveWExtractor(WorldGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = new GazetteerToponymRecognizer(gazetteer);
  }

  /** The answers of one article. */
  public FiveWs extract(Document doc) {
    List<Lead> lead = lead(doc);
    String id = doc.id();
    Answer who = null;
    Answer what = null;
    String title = doc.article().title();
    String[] headline = title == null ? null : subjectAndPredicate(title);
    for (Lead s : lead) {
      if (s.index < 0) {
        continue; // the headline's clause is cut short: read last
      }
      String[] split = subjectAndPredicate(s.text);
      if (split != null) {
        String subject = split[0];
        if (headline != null && DETERMINER.matcher(subject).lookingAt() && !subject.contains(headline[0])) {
          subject += "; " + headline[0]; // "The meeting in the Oval Office" is a thing; the headline names who
        }
        who = new Answer(withNames(subject, s.text, title), id, s.index);
        what = new Answer(withHeadline(split[1], title), id, s.index);
        break;
      }
    }
    if (who == null && headline != null) {
      who = new Answer(withNames(headline[0], title, null), id, -1);
      what = new Answer(headline[1], id, -1);
    }
    Answer when = when(doc, lead);
    return new FiveWs(who, what, when, where(doc, lead),
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

  /**
   * The time the lead names for what happened, in its own words and in absolute form ("on Wednesday (Wednesday 9
   * November 2016)"), with the clock time beside it where there is one. Of the times the lead names, the most
   * recent on or before publication that names a day wins, earlier sentences first among equals: a lead that
   * reports Saturday's speech names Tuesday's election too. Where the lead names no time, the first one further
   * down answers.
   */
  private static Answer when(Document doc, List<Lead> lead) {
    Instant published = doc.article().published();
    LocalDate day = published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
    Candidate best = occasion(lead);
    for (Lead s : lead) {
      if (s.index < 0) {
        best = better(best, bestTime(s.text, day, s.index, LEAD_SENTENCES));
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

  /**
   * The first named occasion of the lead, worth as much as a week named just after the lead: where the lead
   * names no day, "the Brazilian Grand Prix" says when better than a date in the article's background.
   */
  private static Candidate occasion(List<Lead> lead) {
    Candidate found = null;
    int foundRank = -1;
    for (Lead s : lead) {
      Matcher m = OCCASION.matcher(s.text);
      while (m.find()) {
        // the one that gives its year first, then one of the sentences over the headline's (cut short)
        int rank = (YEAR.matcher(m.group()).find() ? 2 : 0) + (s.index >= 0 ? 1 : 0);
        if (rank > foundRank) {
          foundRank = rank;
          found = new Candidate(m.group().strip(), s.index, -(LEAD_SENTENCES + 1) * SENTENCE_PENALTY
              - PRECISION_PENALTY * RelativeDates.Precision.WEEK.ordinal());
        }
      }
    }
    return found;
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
  /**
   * Where it happened, at most {@value #MAX_PLACES} names: the named sites the lead puts it at ("at the White
   * House", "outside Wrigley Field"), the places of the lead's sentences, the dateline's, the headline's; and
   * where those name only countries, the first town the article names further down ("a city in north
   * Afghanistan" is Mazar-i-Sharif). Demonyms ("Swiss") answer only when nothing else does. The recognizer reads
   * the whole article, so that a name it gives a person elsewhere ("Barack Obama") is no place here.
   */
  private Answer where(Document doc, List<Lead> lead) {
    String title = doc.article().title() == null ? "" : doc.article().title();
    String body = doc.article().text();
    int bodyAt = title.length() + 2;
    String text = title + "\n\n" + body;
    List<Toponym> all = places.find(text).stream().filter(t -> !partOfLongerName(text, t.name())).toList();
    List<Sentence> sentences = doc.sentences();
    int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();

    List<String> names = new ArrayList<>();
    List<String> demonyms = new ArrayList<>();
    int sentence = Integer.MIN_VALUE;
    for (Lead s : lead) {
      Matcher site = SITE.matcher(s.text);
      while (site.find()) {
        sentence = add(names, site.group(1).strip(), sentence, s.index);
      }
      Matcher bare = BARE_SITE.matcher(s.text);
      while (bare.find()) {
        if (isUnknownSite(text, bare.group(1))) {
          sentence = add(names, bare.group(1), sentence, s.index);
        }
      }
    }
    for (Toponym t : all) {
      if (t.start() >= bodyAt && t.start() - bodyAt < leadEnd) {
        sentence = addPlace(names, demonyms, t, sentence, sentenceAt(sentences, t.start() - bodyAt));
      }
    }
    for (Sentence first : sentences.subList(0, Math.min(2, sentences.size()))) { // a summary may come first
      String dateline = datelinePlace(first.text());
      if (dateline != null) {
        sentence = add(names, dateline, sentence, first.index());
        break;
      }
    }
    for (Toponym t : all) {
      if (t.end() <= title.length()) {
        sentence = addPlace(names, demonyms, t, sentence, -1);
      }
    }
    if (names.stream().allMatch(this::isCountry)) {
      for (Toponym t : all) {
        if (t.start() - bodyAt >= leadEnd && !isDemonym(t.name()) && !isCountry(t.name())) {
          sentence = add(names, t.name(), sentence, sentenceAt(sentences, t.start() - bodyAt));
          break;
        }
      }
    }
    for (Toponym t : all) {
      if (names.isEmpty() && t.start() >= bodyAt && !isDemonym(t.name())) {
        sentence = add(names, t.name(), sentence, sentenceAt(sentences, t.start() - bodyAt));
      }
    }
    if (names.isEmpty()) {
      names.addAll(demonyms);
    }
    if (names.isEmpty()) {
      return null;
    }
    return new Answer(String.join(", ", names.subList(0, Math.min(MAX_PLACES, names.size()))), doc.id(),
        sentence == Integer.MIN_VALUE ? -1 : sentence);
  }

  /** Adds a name not given yet, "WASHINGTON" as "Washington"; returns the answer's sentence, the first name's. */
  private static int add(List<String> names, String found, int sentence, int from) {
    String name = found.length() > 3 && found.equals(found.toUpperCase(Locale.ROOT)) ? titleCase(found) : found;
    if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name) || n.contains(name) || name.contains(n))) {
      names.add(name);
    }
    return sentence == Integer.MIN_VALUE ? from : sentence;
  }

  private int addPlace(List<String> names, List<String> demonyms, Toponym t, int sentence, int from) {
    if (isDemonym(t.name())) {
      if (!demonyms.contains(t.name())) {
        demonyms.add(t.name());
      }
      return sentence;
    }
    return add(names, t.name(), sentence, from);
  }

  /**
   * True for a small place's name that the article also uses beside another capitalised word which together
   * name no place: "Lewis" where the article speaks of Lewis Hamilton, "Williams" of Massa's Williams car.
   */
  private boolean partOfLongerName(String text, String name) {
    if (name.contains(" ") || gazetteer.isWellKnown(name)) {
      return false;
    }
    String quoted = Pattern.quote(name);
    Matcher m = Pattern.compile("(?:\\b(\\p{Lu}[\\p{L}'’]*)\\s" + quoted + "\\b|\\b" + quoted + "\\s(\\p{Lu}[\\p{L}]*))")
        .matcher(text);
    while (m.find()) {
      String other = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("['’]s?$", "");
      String pair = m.group(1) != null ? other + " " + name : name + " " + other;
      if (!other.isEmpty() && !NamePattern.isNotAName(other)
          && !gazetteer.isPlaceName(pair)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised word after "at" or "in" that the gazetteer does not know and that is no person's, no
   * organisation's and no calendar word: a venue such as "at Interlagos".
   */
  private boolean isUnknownSite(String text, String word) {
    return !gazetteer.isPlaceName(word) && gazetteer.countryOf(word) == null && !NamePattern.isNotAName(word)
        && !Names.ORG_WORDS.contains(word) && !word.equals(word.toUpperCase(Locale.ROOT))
        && !Pattern.compile("\\b" + word.toLowerCase(Locale.ROOT) + "\\b").matcher(text).find() // "At Least"
        && !partOfLongerName(text, word);
  }

  private boolean isDemonym(String name) {
    return gazetteer.countryOf(name) != null && !gazetteer.isPlaceName(name);
  }

  private boolean isCountry(String name) {
    List<GeoPlace> readings = gazetteer.candidates(name);
    return !readings.isEmpty() && readings.get(0).kind() == GeoPlace.Kind.COUNTRY;
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset < s.end()) {
        return s.index();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
  }

  /** The place a wire dateline names ("WASHINGTON, Nov 6 (Reuters) -", "LONDON —"), title-cased; else null. */
  private String datelinePlace(String firstSentence) {
    Matcher m = DATELINE.matcher(firstSentence);
    while (m.find()) {
      String name = titleCase(m.group(1));
      if (gazetteer.isPlaceName(name)) {
        return name;
      }
    }
    return null;
  }

  private static String titleCase(String capitals) {
    StringBuilder out = new StringBuilder();
    for (String w : capitals.toLowerCase(Locale.ROOT).split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
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
      String next = i + 1 < words.size() ? sentence.substring(words.get(i + 1)[0], words.get(i + 1)[1])
          .toLowerCase(Locale.ROOT) : "";
      boolean lowerCase = Character.isLowerCase(w.charAt(0));
      boolean verb = AUXILIARIES.contains(lower) || IRREGULAR_PAST.contains(lower)
          || (lowerCase && lower.length() > 4 && lower.endsWith("ed"))
          // "rams a truck", "wins at Interlagos": a word in -s before an article or a preposition
          || (lowerCase && lower.length() > 3 && lower.endsWith("s") && !lower.matches(".*(?:ss|us|is|'s|’s)")
              && AFTER_VERB.contains(next) && sentence.substring(words.get(i)[1], words.get(i + 1)[0]).isBlank()
              && !Character.isDigit(sentence.charAt(words.get(i - 1)[0])));
      if (!verb) {
        continue;
      }
      String subject = sentence.substring(words.get(0)[0], words.get(i - 1)[1]).replaceAll("[,;:]+$", "").strip();
      int comma = subject.lastIndexOf(", ");
      if (comma > 0 && comma < subject.length() - 3) {
        subject = subject.substring(comma + 2); // "In a call with donors, the Democratic nominee"
      }
      subject = subject.replaceAll("\\s+(?:who|which|that)$", ""); // "A father-of-four who survived"
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
