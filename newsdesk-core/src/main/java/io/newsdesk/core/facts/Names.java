package io.newsdesk.core.facts;

import io.newsdesk.core.text.NamePattern;
import io.newsdesk.core.text.Terms;
import io.newsdesk.core.text.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists by which this package types names, each a resource file beside this class; what a name is comes
 * from {@link NamePattern}.
 */
final class Names {

  /** Role words that, before a name, say that it is a person. */
  static final Set<String> PERSON_TITLES = WordList.read(Names.class, "person-titles.txt");

  /** Words whose presence in a name makes it an organisation. */
  static final Set<String> ORG_WORDS = WordList.read(Names.class, "organisation-words.txt");

  /** Lowercase words that, after a name, say that it is a place. */
  static final Set<String> PLACE_NOUNS = WordList.read(Names.class, "place-nouns.txt");

  /** Prepositions after which a name is most often a place. */
  static final Set<String> PLACE_PREPOSITIONS = WordList.read(Names.class, "place-prepositions.txt");

  private Names() {}

  /** Words a name's acronym may pass over: "Islamic State of Iraq and the Levant" is ISIL. */
  private static final Set<String> SKIPPED_IN_ACRONYMS = Set.of("of", "the", "and", "for", "in", "on", "de", "al",
      "el", "&");

  /**
   * Whether {@code acronym} is made of the initials of {@code name}'s words, with or without its small words ("of",
   * "the", "al"), a word in capitals giving all its letters: IS and ISIS of Islamic State (of Iraq and Syria), UNSC
   * of UN Security Council, HTS of Hayat Tahrir al-Sham.
   */
  static boolean abbreviates(String acronym, String name) {
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
    if (letters.length() < 2 || !isAcronym(acronym)) {
      return false;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      String initials = isAcronym(word) ? word.replaceAll("[^\\p{Lu}]", "") : word.substring(0, 1).toUpperCase(Locale.ROOT);
      all.append(initials);
      if (!SKIPPED_IN_ACRONYMS.contains(word.toLowerCase(Locale.ROOT))) {
        content.append(initials);
      }
    }
    return letters.contentEquals(all) || letters.contentEquals(content);
  }

  /** True when every letter of a word of two or more letters is a capital: "SANA", "UN", "FSA". */
  static boolean isAcronym(String word) {
    return Terms.isAllCapitals(word, 2);
  }
}
