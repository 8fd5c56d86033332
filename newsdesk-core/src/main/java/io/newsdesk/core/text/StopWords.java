package io.newsdesk.core.text;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The one stop list of newsdesk ({@code stop-words.txt}): words that say nothing about which event an article
 * reports. The index terms, the headline writer and the store's search all read it here.
 */
public final class StopWords {

  private static final Set<String> WORDS = WordList.read(StopWords.class, "stop-words.txt");

  private StopWords() {}

  /** True when {@code lowercaseWord} is a stop word; the list is lowercase, so callers lowercase first. */
  public static boolean contains(String lowercaseWord) {
    return WORDS.contains(lowercaseWord);
  }

  /** The list as Lucene's stop filters take it: a new, read-only, case-sensitive set. */
  public static CharArraySet asCharArraySet() {
    return CharArraySet.unmodifiableSet(new CharArraySet(WORDS, false));
  }
}
