package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.Terms;
import io.newsdesk.core.text.WordList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * News outlets, as names: the outlets that published the articles being read, and the agencies, broadcasters and
 * papers that news cites by name ({@code news-outlets.txt}, compiled by hand). An article's own outlet is often named
 * in its text ("sources told Al Jazeera", "CNN's Jake Tapper"), and others' are cited ("Reuters reports that"); a
 * name that spells an outlet is an organisation, whatever its words suggest ("Al" is also a man's name). An outlet
 * of an article is known by its site name or its web host; both are compared by their letters and digits alone, a
 * host by its own label ("www.aljazeera.com" is "aljazeera", "bbc.co.uk" is "bbc"), a name without "The" ("The
 * Guardian" is "guardian").
 */
final class OutletNames {

  /** Second-level labels under a country's code that are no outlet's name ("co" of "bbc.co.uk"). */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "ne", "or", "news");

  private static final Set<String> LISTED = WordList.readLines(OutletNames.class, "news-outlets.txt");
  /** The outlets news cites by name, as keys. */
  private static final Set<String> CITED = keys(LISTED, false);
  /**
   * Those cited by an acronym: matched only as written, in capitals and one word ("APA" the agency, not "Apa" the
   * Coptic title; "RT", not "R T").
   */
  private static final Set<String> CITED_ACRONYMS = keys(LISTED, true);

  /** The most words an outlet's name is taken to have, when a name is looked for at the start of a longer one. */
  static final int MOST_WORDS = 6;

  private final Set<String> ofArticles;

  private OutletNames(Set<String> ofArticles) {
    this.ofArticles = ofArticles;
  }

  static OutletNames of(List<Document> documents) {
    Set<String> keys = new HashSet<>();
    for (Document d : documents) {
      String outlet = d.article().outlet();
      if (outlet != null && !outlet.isBlank()) {
        String key = outlet.contains(".") && !outlet.contains(" ") ? hostKey(outlet) : nameKey(outlet);
        if (key.length() >= 2) {
          keys.add(key);
        }
      }
    }
    return new OutletNames(keys);
  }

  /** Whether {@code name} spells the outlet of an article read or one that news cites. */
  boolean names(String name) {
    String key = nameKey(name);
    return ofArticles.contains(key) || CITED.contains(key)
        || (CITED_ACRONYMS.contains(key) && Names.isAcronym(name) && !name.contains(" "));
  }

  /** The keys of the names that are acronyms ({@code acronyms}) or of the others. */
  private static Set<String> keys(Set<String> names, boolean acronyms) {
    Set<String> keys = new HashSet<>();
    for (String n : names) {
      if (Names.isAcronym(n.replace(" ", "")) == acronyms) {
        keys.add(nameKey(n));
      }
    }
    return Set.copyOf(keys);
  }

  static String nameKey(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      lower = lower.substring(4);
    }
    return lettersAndDigits(lower);
  }

  static String hostKey(String host) {
    String[] labels = host.strip().toLowerCase(Locale.ROOT).split("\\.");
    int last = labels.length - 2; // the label before the top-level domain
    if (last > 0 && SECOND_LEVEL.contains(labels[last])) {
      last--;
    }
    return last < 0 ? lettersAndDigits(labels[0]) : lettersAndDigits(labels[last]);
  }

  /**
   * The letters and digits of {@code s} in the normal form of {@link Terms#normalize}, lower case with accents
   * folded ("Süddeutsche" and "Suddeutsche" are one).
   */
  private static String lettersAndDigits(String s) {
    String normal = Terms.normalize(s);
    String bare = normal == null ? "" : normal;
    StringBuilder b = new StringBuilder(bare.length());
    bare.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
