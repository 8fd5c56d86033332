package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs.Answer;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.NamePattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an article's story happened: the "where" of its five Ws (see {@link #find}). Safe across threads. */
final class WhereFinder {

  /** Other places kept beside the answer (set by hand: they are shown, not scored). */
  private static final int MAX_OTHER_PLACES = 3;
  /**
   * A site by the sentence's grammar: a preposition of place, an optional article and one to three capitalised
   * words ("outside City Hall", "at Sandford"); which of them name a site is decided by {@link #isSite}.
   */
  private static final Pattern SITE = Pattern.compile("\\b(?:at|in|outside|inside|near|beside|opposite)\\s+"
      + "(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*+(?:\\s+\\p{Lu}[\\p{L}'’-]*+){0,2}+)");

  /** The answer, and the other places named beside it. */
  record Found(Answer answer, List<String> others) {}

  /**
   * What a place is, in the order in which one answers where: a town first, as readers place a story by its
   * town; then a site within one (a street, a building: often a town's part that only locals know); then a region,
   * then a country. Site after town was chosen on the dev split (site first lost there).
   */
  private enum Grain { TOWN, SITE, REGION, COUNTRY }

  private record Candidate(String name, Grain grain, int sentence) {}

  private final WorldGazetteer gazetteer;
  private final ToponymRecognizer places;

  WhereFinder(WorldGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = new GazetteerToponymRecognizer(gazetteer);
  }

  /**
   * Where it happened, one place: the most specific of those the lead names (a site by the sentence's grammar,
   * then a town, a region, a country), the first named among equals; the lead's sentences are read first, then
   * the dateline, then the headline. Where those name only countries, the first town the article names further
   * down is a candidate too ("a city in north Afghanistan" is Mazar-i-Sharif). Demonyms ("Swiss") answer only
   * when nothing else does. The recognizer reads the whole article, so that a name it gives a person elsewhere
   * ("Barack Obama") is no place here. The places not chosen are returned beside the answer.
   */
  Found find(Document doc, List<LeadSentence> lead) {
    String title = doc.article().title() == null ? "" : doc.article().title();
    String body = doc.article().text();
    int bodyAt = title.length() + 2;
    String text = title + "\n\n" + body;
    Map<String, List<Neighbour>> beside = neighbours(text);
    List<Toponym> all = places.find(text).stream()
        .filter(t -> !partOfLongerName(beside, t.name())).toList();
    List<Sentence> sentences = doc.sentences();
    int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(LeadSentence.SENTENCES, sentences.size()) - 1).end();

    List<Candidate> named = new ArrayList<>();
    List<String> demonyms = new ArrayList<>();
    for (LeadSentence s : lead) {
      if (s.isHeadline()) {
        continue; // read after the dateline
      }
      Matcher site = SITE.matcher(s.text());
      while (site.find()) {
        if (isSite(text, beside, site.group(1))) {
          add(named, site.group(1), Grain.SITE, s.index());
        }
      }
    }
    for (Toponym t : all) {
      if (t.start() >= bodyAt && t.start() - bodyAt < leadEnd) {
        addPlace(named, demonyms, t, sentenceAt(sentences, t.start() - bodyAt));
      }
    }
    for (Sentence first : sentences.subList(0, Math.min(2, sentences.size()))) { // a summary may come first
      String dateline = datelinePlace(first.text());
      if (dateline != null) {
        add(named, dateline, null, first.index());
        break;
      }
    }
    for (Toponym t : all) {
      if (t.end() <= title.length()) {
        addPlace(named, demonyms, t, -1);
      }
    }
    if (named.stream().allMatch(c -> c.grain() == Grain.COUNTRY)) {
      for (Toponym t : all) {
        if (t.start() - bodyAt >= leadEnd && !isDemonym(t.name()) && !isCountry(t.name())) {
          add(named, t.name(), null, sentenceAt(sentences, t.start() - bodyAt));
          break;
        }
      }
    }
    for (Toponym t : all) {
      if (named.isEmpty() && t.start() >= bodyAt && !isDemonym(t.name())) {
        add(named, t.name(), null, sentenceAt(sentences, t.start() - bodyAt));
      }
    }
    if (named.isEmpty()) {
      demonyms.forEach(d -> add(named, d, Grain.COUNTRY, -1));
    }
    if (named.isEmpty()) {
      return new Found(null, List.of());
    }
    Candidate best = named.stream().min(Comparator.comparing(Candidate::grain)).orElseThrow(); // first of its grain
    List<String> others = named.stream().filter(c -> c != best).map(Candidate::name).limit(MAX_OTHER_PLACES)
        .toList();
    return new Found(new Answer(best.name(), doc.id(), best.sentence()), others);
  }

  /**
   * What sort of place the gazetteer knows, by its likeliest reading; a name that is also a demonym ("German",
   * a town in Iowa) is no more than a country.
   */
  private Grain grain(String name) {
    List<GeoPlace> readings = gazetteer.candidates(name);
    if (gazetteer.countryOf(name) != null) {
      return Grain.COUNTRY;
    }
    if (readings.isEmpty()) {
      return Grain.TOWN; // a name the recognizer found by its context: "the village of X"
    }
    return switch (readings.get(0).kind()) {
      case COUNTRY -> Grain.COUNTRY;
      case REGION -> Grain.REGION;
      case TOWN -> Grain.TOWN;
    };
  }

  /**
   * Adds a name not given yet, "WASHINGTON" as "Washington", "Egypt's Alexandria" as "Alexandria"; of the grain
   * given, or (null) of the gazetteer's.
   */
  private void add(List<Candidate> named, String found, Grain known, int sentence) {
    String unqualified = found.replaceFirst("^.*['’]s\\s+", "");
    String name = unqualified.length() > 3 && unqualified.equals(unqualified.toUpperCase(Locale.ROOT))
        ? Datelines.asWritten(unqualified) : unqualified;
    Grain grain = known != null ? known : grain(name);
    if (named.stream().map(Candidate::name)
        .noneMatch(n -> n.equalsIgnoreCase(name) || n.contains(name) || name.contains(n))) {
      named.add(new Candidate(name, grain, sentence));
    }
  }

  private void addPlace(List<Candidate> named, List<String> demonyms, Toponym t, int sentence) {
    if (isDemonym(t.name())) {
      if (!demonyms.contains(t.name())) {
        demonyms.add(t.name());
      }
      return;
    }
    add(named, t.name(), null, sentence);
  }

  /**
   * True for a small place's name that the article also uses beside another capitalised word which together
   * name no place: "Lewis" where the article speaks of Lewis Hamilton, "Williams" of Massa's Williams car.
   */
  private boolean partOfLongerName(Map<String, List<Neighbour>> beside, String name) {
    if (name.contains(" ") || gazetteer.isWellKnown(name)) {
      return false;
    }
    for (Neighbour n : beside.getOrDefault(name, List.of())) {
      String other = POSSESSIVE_END.matcher(n.word()).replaceAll("");
      String pair = n.before() ? other + " " + name : name + " " + other;
      if (!other.isEmpty() && !NamePattern.isNotAName(other) && !gazetteer.isPlaceName(pair)) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word standing right before or after another word, one space apart. */
  private record Neighbour(String word, boolean before) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");

  /**
   * For every word of the text, the capitalised words that stand right beside it, one whitespace apart: read in
   * one pass, so that asking for each place's name costs nothing more (searching the text once per name made a
   * long article's cost grow with the square of its length).
   */
  private static Map<String, List<Neighbour>> neighbours(String text) {
    Map<String, List<Neighbour>> beside = new HashMap<>();
    Matcher m = WORD.matcher(text);
    String previous = null;
    int previousEnd = -2;
    while (m.find()) {
      String word = m.group();
      if (previous != null && m.start() == previousEnd + 1 && Character.isWhitespace(text.charAt(previousEnd))) {
        if (Character.isUpperCase(previous.codePointAt(0))) {
          beside.computeIfAbsent(word, k -> new ArrayList<>(2)).add(new Neighbour(previous, true));
        }
        if (Character.isUpperCase(word.codePointAt(0))) {
          beside.computeIfAbsent(previous, k -> new ArrayList<>(2)).add(new Neighbour(word, false));
        }
      }
      previous = word;
      previousEnd = m.end();
    }
    return beside;
  }

  /**
   * True when capitalised words after a preposition of place name a site: no place the gazetteer knows (those
   * come from the recognizer), no possessive, none of its words a demonym, a calendar or sentence word, a title
   * or an organisation's word; not in capitals (an acronym). One word alone must be no part of a longer name and
   * not be written in lower case elsewhere ("At Least").
   */
  private boolean isSite(String text, Map<String, List<Neighbour>> beside, String words) {
    if (gazetteer.isPlaceName(words) || words.equals(words.toUpperCase(Locale.ROOT)) || words.matches(".*['’]s?$")) {
      return false;
    }
    for (String word : words.split("\\s+")) {
      if (gazetteer.countryOf(word) != null || NamePattern.isNotAName(word) || Names.ORG_WORDS.contains(word)
          || Names.PERSON_TITLES.contains(word)) {
        return false;
      }
    }
    return words.contains(" ") || !partOfLongerName(beside, words)
        && !Pattern.compile("\\b" + Pattern.quote(words.toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find();
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

  /** The place a wire dateline names ("WASHINGTON, Nov 6 (Reuters) -", "LONDON —"); else null. */
  private String datelinePlace(String firstSentence) {
    return Datelines.places(firstSentence).stream().filter(gazetteer::isPlaceName).findFirst().orElse(null);
  }
}
