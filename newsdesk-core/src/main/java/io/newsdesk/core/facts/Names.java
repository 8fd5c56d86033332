package io.newsdesk.core.facts;

import io.newsdesk.core.text.NamePattern;
import io.newsdesk.core.text.Terms;
import io.newsdesk.core.text.WordList;
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

  /** True when every letter of a word of two or more letters is a capital: "SANA", "UN", "FSA". */
  static boolean isAcronym(String word) {
    return Terms.isAllCapitals(word, 2);
  }
}
