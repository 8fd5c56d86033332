package io.newsdesk.core.text;

import java.util.Set;

/** What the rules of newsdesk call a name in English news: capitalised words, with the small words names hold. */
public final class NamePattern {

  /** A capitalised word, or an Arabic-style prefixed one such as "al-Assad". */
  public static final String WORD = "(?:(?:al|el|ad|as|ash|ar)-)?\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /** Small words allowed inside a name, never at its ends: "Ministry of Defence", "Bashar al Assad". */
  public static final String JOINER = "(?:of|for|the|al|de|del|bin|ibn|van|von|la|du)";
  /** A name: capitalised words, joiners allowed between them. */
  public static final String NAME = WORD + "(?:\\s+(?:" + JOINER + "\\s+)*" + WORD + ")*";

  /** Capitalised words that open sentences or clauses, months, days and labels: never names. */
  private static final Set<String> NOT_NAMES = WordList.read(NamePattern.class, "not-names.txt");

  private NamePattern() {}

  /** A contraction's ending: "I'm", "We'll", "They'd" are their pronoun's words. */
  private static final java.util.regex.Pattern CLITIC = java.util.regex.Pattern.compile("['’](?:m|d|ll|ve|re|s)$");

  public static boolean isNotAName(String word) {
    return NOT_NAMES.contains(word) || NOT_NAMES.contains(CLITIC.matcher(word).replaceFirst(""));
  }
}
