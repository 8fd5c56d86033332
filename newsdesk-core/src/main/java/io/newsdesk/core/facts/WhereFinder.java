package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs.Answer;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.NamePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an article's story happened: the "where" of its five Ws (see {@link #find}). Safe across threads. */
final class WhereFinder {

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

  private final WorldGazetteer gazetteer;
  private final ToponymRecognizer places;

  WhereFinder(WorldGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = new GazetteerToponymRecognizer(gazetteer);
  }

  /**
   * Where it happened, at most {@value #MAX_PLACES} names: the named sites the lead puts it at ("at the White
   * House", "outside Wrigley Field"), the places of the lead's sentences, the dateline's, the headline's; and
   * where those name only countries, the first town the article names further down ("a city in north
   * Afghanistan" is Mazar-i-Sharif). Demonyms ("Swiss") answer only when nothing else does. The recognizer reads
   * the whole article, so that a name it gives a person elsewhere ("Barack Obama") is no place here.
   */
  Answer find(Document doc, List<LeadSentence> lead) {
    String title = doc.article().title() == null ? "" : doc.article().title();
    String body = doc.article().text();
    int bodyAt = title.length() + 2;
    String text = title + "\n\n" + body;
    Map<String, Boolean> personal = new HashMap<>(); // a name recurs: search the article for it once
    List<Toponym> all = places.find(text).stream()
        .filter(t -> !personal.computeIfAbsent(t.name(), n -> partOfLongerName(text, n))).toList();
    List<Sentence> sentences = doc.sentences();
    int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(LeadSentence.SENTENCES, sentences.size()) - 1).end();

    List<String> names = new ArrayList<>();
    List<String> demonyms = new ArrayList<>();
    int sentence = Integer.MIN_VALUE;
    for (LeadSentence s : lead) {
      Matcher site = SITE.matcher(s.text());
      while (site.find()) {
        sentence = add(names, site.group(1).strip(), sentence, s.index());
      }
      Matcher bare = BARE_SITE.matcher(s.text());
      while (bare.find()) {
        if (isUnknownSite(text, bare.group(1))) {
          sentence = add(names, bare.group(1), sentence, s.index());
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
    String name = found.length() > 3 && found.equals(found.toUpperCase(Locale.ROOT)) ? Datelines.asWritten(found)
        : found;
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

  /** The place a wire dateline names ("WASHINGTON, Nov 6 (Reuters) -", "LONDON —"); else null. */
  private String datelinePlace(String firstSentence) {
    return Datelines.places(firstSentence).stream().filter(gazetteer::isPlaceName).findFirst().orElse(null);
  }
}
