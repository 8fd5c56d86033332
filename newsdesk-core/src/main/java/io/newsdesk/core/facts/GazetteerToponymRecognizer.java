package io.newsdesk.core.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place names as the longest run of capitalised words (at most {@link #MAX_WORDS}) that the gazetteer
 * knows, a demonym ("Syrian", "Americans"), or a run ending in County, Parish, Borough or Township. A match is
 * dropped when the text shows it to be something else: a person ("Mr. Paris", "Gov. Jackson"), the end of a
 * longer name that is not a place ("Jesse Jackson"), or a common word that happens to name a hamlet, which the
 * article also writes in lower case ("Police", "Mobile").
 */
public final class GazetteerToponymRecognizer implements ToponymRecognizer {

  /**
   * Longest place name tried, in words: set by hand against all of LGL before its dev/test split (so its test figures
   * flatter them a little); not re-tuned since.
   */
  static final int MAX_WORDS = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’.-]*");
  /** Lower-case particles inside a place name: "Isle of Man". */
  private static final Set<String> JOINERS = WordFile.read("toponym-particles.txt");
  /** Last words that make a run of capitalised words a place whether or not the gazetteer knows it. */
  private static final Set<String> PLACE_SUFFIXES = WordFile.read("toponym-last-words.txt");
  /** First words that do the same: "Lake Lanier", "Mount Hood", "Highway 19". */
  private static final Set<String> PLACE_PREFIXES = WordFile.read("toponym-first-words.txt");
  /** Words that, after a place name, make it part of an institution's name, which keeps the place in it. */
  private static final Set<String> INSTITUTION_WORDS = WordFile.read("toponym-institution-words.txt");
  /** Words that open sentences with a capital: before a place name, not part of a longer name. */
  private static final Set<String> FUNCTION_WORDS = WordFile.read("toponym-function-words.txt");
  /** Words that say the name before them is a person's. */
  private static final Set<String> SAYING = WordFile.read("toponym-saying-words.txt");
  /** Words that stand beside a place name within one longer place name ("North Carolina", "Greater London"). */
  private static final Set<String> PLACE_MODIFIERS = WordFile.read("toponym-modifiers.txt");
  /** Abbreviated and local titles before a person's name, beside {@link Names#PERSON_TITLES}. */
  private static final Set<String> SHORT_TITLES = WordFile.read("toponym-person-titles.txt");
  /** Capitalised words that name no place in news even where a gazetteer has a hamlet of that name. */
  private static final Set<String> NEVER_ALONE = WordFile.read("toponym-never-alone.txt");

  private final WorldGazetteer gazetteer;

  public GazetteerToponymRecognizer(WorldGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Toponym> find(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '\'')
          && !isInitialism(text, m.start(), end)) {
        end--; // a full stop or a quote closes the sentence, it is not part of the word
      }
      if (end - m.start() > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
        end -= 2; // "Ohio's" names Ohio
      }
      // "Washington-Moscow", "Atlanta-area", "Athens-Clarke County": each part is a word; a name may span them
      int from = m.start();
      for (int hyphen = text.indexOf('-', from); hyphen > 0 && hyphen < end - 1; hyphen = text.indexOf('-', from)) {
        if (hyphen > from) {
          words.add(new int[] {from, hyphen});
        }
        from = hyphen + 1;
      }
      words.add(new int[] {from, end});
    }
    Set<String> lowerCase = new HashSet<>();
    Set<String> capitalisedInside = new HashSet<>();
    Set<String> personWords = new HashSet<>();
    for (int k = 0; k < words.size(); k++) {
      int[] w = words.get(k);
      String word = text.substring(w[0], w[1]);
      if (Character.isLowerCase(word.charAt(0))) {
        lowerCase.add(word);
        continue;
      }
      if (!opensSentence(text, w[0])) {
        capitalisedInside.add(word);
      }
      if (isPersonWord(text, words, k)) {
        personWords.add(word);
      }
    }
    List<Toponym> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!isCapitalised(text, words.get(i))) {
        continue;
      }
      int matched = longestPlace(text, words, i);
      if (matched == 0) {
        continue;
      }
      if (matched > 1 && i + matched < words.size()
          && text.substring(words.get(i + matched - 1)[0], words.get(i + matched - 1)[1]).equals("City")
          && startsInstitution(text, words, i + matched)
          && gazetteer.isPlaceName(text.substring(words.get(i)[0], words.get(i + matched - 2)[1]))) {
        matched--; // "Dublin City Council" is the council of Dublin
      }
      int start = words.get(i)[0];
      int end = words.get(i + matched - 1)[1];
      if (end < text.length() && text.charAt(end) == '.' && gazetteer.isAbbreviation(text.substring(start, end + 1))) {
        end++; // "Calif.", "W.Va.": the full stop belongs to the name
      }
      String name = text.substring(start, end);
      if (keep(text, words, i, matched, name, lowerCase, capitalisedInside, personWords)) {
        out.add(new Toponym(start, end, name));
        i += matched - 1;
      } else {
        i += matched - 1; // the words belong to something else; none of them starts a place
      }
    }
    return out;
  }

  /** Number of words from {@code i} that make the longest place name, 0 if none. */
  private int longestPlace(String text, List<int[]> words, int i) {
    int limit = Math.min(MAX_WORDS, words.size() - i);
    int best = 0;
    for (int n = 1; n <= limit; n++) {
      int[] last = words.get(i + n - 1);
      String lastWord = text.substring(last[0], last[1]);
      if (n > 1 && !isCapitalised(text, last) && !JOINERS.contains(lastWord)
          && !(n == 2 && Character.isDigit(text.charAt(last[0])))) {
        break;
      }
      if (n > 1 && !onlySpacesBetween(text, words.get(i + n - 2)[1], last[0])) {
        break;
      }
      if (!isCapitalised(text, last) && !(n == 2 && Character.isDigit(text.charAt(last[0])))) {
        continue; // "Isle of Man" may go on; "Isle of" is no name
      }
      String name = text.substring(words.get(i)[0], last[1]);
      String firstWord = text.substring(words.get(i)[0], words.get(i)[1]);
      boolean suffixed = (PLACE_SUFFIXES.contains(lastWord) || PLACE_SUFFIXES.contains(lastWord + "."))
          && !firstWord.equals("County");
      boolean prefixed = (PLACE_PREFIXES.contains(firstWord) || PLACE_PREFIXES.contains(firstWord + "."))
          && !INSTITUTION_WORDS.contains(lastWord) && !Names.ORG_WORDS.contains(lastWord);
      if (gazetteer.isPlaceName(name) || (n <= 2 && isDemonym(name)) || (n > 1 && (suffixed || prefixed))) {
        best = n;
      }
    }
    return best;
  }

  private boolean keep(String text, List<int[]> words, int i, int n, String name, Set<String> lowerCase,
      Set<String> capitalisedInside, Set<String> personWords) {
    if (NEVER_ALONE.contains(name)) {
      return false;
    }
    if (n == 1) {
      if (name.length() <= 3 && name.equals(name.toUpperCase(Locale.ROOT)) && !isCountryOrRegion(name)) {
        return false; // "PA", "IRS": an acronym is a place only where it is a country's ("US", "UK")
      }
      if (name.length() <= 6 && (name.indexOf('\'') > 0 || name.indexOf('’') > 0)) {
        return false; // "I've", "We're"
      }
      if (Names.ORG_WORDS.contains(name) || lowerCase.contains(name.toLowerCase(Locale.ROOT))
          || (personWords.contains(name) && !isWellKnown(name))) {
        return false; // a person's name elsewhere in the article is one here too; a country only speaks
      }
      if (opensSentence(text, words.get(i)[0]) && !capitalisedInside.contains(name) && !isWellKnown(name)) {
        return false; // "But", "Since": capitals only because a sentence opens
      }
    }
    if (i > 0) {
      int[] prev = words.get(i - 1);
      String before = text.substring(prev[0], prev[1]).replace(".", "");
      boolean adjacent = onlySpacesBetween(text, prev[1], words.get(i)[0]);
      if (adjacent && (Names.PERSON_TITLES.contains(before) || isPersonTitle(before))) {
        return false; // "Mayor Paris", "Sen. Webb"
      }
      boolean opener = opensSentence(text, prev[0]) && FUNCTION_WORDS.contains(before.toLowerCase(Locale.ROOT));
      if (adjacent && isCapitalised(text, prev) && !opener && !isPlaceLike(before)) {
        return false; // "Jesse Jackson": the end of a longer name ("In Jackson" is not)
      }
    }
    if (i + n < words.size()) {
      int[] next = words.get(i + n);
      String after = text.substring(next[0], next[1]);
      boolean adjacent = onlySpacesBetween(text, words.get(i + n - 1)[1], next[0]);
      if (adjacent && n == 1 && isCapitalised(text, next) && !startsInstitution(text, words, i + n)
          && !isPlaceLike(after) && !isCountryOrRegion(name)) {
        return false; // "Paris Hilton", "Michael Jones": the start of a longer name
      }
      if (SAYING.contains(after)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the capitalised words from {@code k} (at most four) hold an institution's word: "Environmental
   * Services", "VFW Post", "High School".
   */
  private static boolean startsInstitution(String text, List<int[]> words, int k) {
    for (int j = k; j < Math.min(words.size(), k + 4); j++) {
      int[] w = words.get(j);
      if (!isCapitalised(text, w) || (j > k && !onlySpacesBetween(text, words.get(j - 1)[1], w[0]))) {
        return false;
      }
      String word = text.substring(w[0], w[1]);
      if (INSTITUTION_WORDS.contains(word) || Names.ORG_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A country, a region or a demonym: "U.S. House", "Georgia Power" keep their place. */
  private boolean isCountryOrRegion(String name) {
    List<GeoPlace> readings = gazetteer.candidates(name);
    return isDemonym(name) || (!readings.isEmpty() && readings.get(0).kind() != GeoPlace.Kind.TOWN);
  }

  /** A demonym, or a country, region or town big enough to be meant wherever it stands. */
  private boolean isWellKnown(String name) {
    return isDemonym(name) || gazetteer.isWellKnown(name);
  }

  /**
   * True when the capitalised word at {@code k} ends a person's name: it follows a capitalised word that is no
   * place inside a sentence ("Bob Jones"), or comes before "said".
   */
  private boolean isPersonWord(String text, List<int[]> words, int k) {
    if (k + 1 < words.size()) {
      int[] next = words.get(k + 1);
      if (SAYING.contains(text.substring(next[0], next[1])) && onlySpacesBetween(text, words.get(k)[1], next[0])) {
        return true;
      }
    }
    if (k == 0) {
      return false;
    }
    int[] prev = words.get(k - 1);
    String before = text.substring(prev[0], prev[1]);
    return isCapitalised(text, prev) && onlySpacesBetween(text, prev[1], words.get(k)[0])
        && (Names.PERSON_TITLES.contains(before.replace(".", "")) || isPersonTitle(before.replace(".", ""))
            || (!opensSentence(text, prev[0]) && !isPlaceLike(before) && !gazetteer.isPlaceName(
                before + " " + text.substring(words.get(k)[0], words.get(k)[1]))));
  }

  /** A word that may stand beside a place name within one longer place name: a direction or a known place. */
  private boolean isPlaceLike(String word) {
    return isWellKnown(word) || PLACE_MODIFIERS.contains(word);
  }

  private static boolean isPersonTitle(String word) {
    return SHORT_TITLES.contains(word);
  }

  private boolean isDemonym(String word) {
    return gazetteer.countryOf(word) != null;
  }

  private static boolean isCapitalised(String text, int[] word) {
    return Character.isUpperCase(text.charAt(word[0]));
  }

  /** "U.S.", "D.C.": letters each followed by a full stop keep their last one. */
  private static boolean isInitialism(String text, int start, int end) {
    return end - start >= 4 && text.substring(start, end).matches("(?:\\p{Lu}\\.)+");
  }

  private static boolean onlySpacesBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ' ' && text.charAt(k) != '-' && text.charAt(k) != '.') {
        return false;
      }
    }
    return to - from <= 2;
  }

  /** True when only spaces, quotes or opening punctuation stand between a sentence end (or the start) and here. */
  private static boolean opensSentence(String text, int at) {
    int k = at - 1;
    while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || "\"“‘(".indexOf(text.charAt(k)) >= 0)) {
      k--;
    }
    return k < 0 || ".!?:;—".indexOf(text.charAt(k)) >= 0;
  }
}
