package io.newsdesk.core.summarize;

import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.Terms;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes an article's sentence fit to stand in a summary, or says it cannot: a summary sentence is read away from
 * its article, so what only makes sense inside it is cut when that loses nothing (a wire dateline, an opening
 * "Meanwhile,") and the sentence is refused when it would not (an opening "He", a dangling "he said", a question,
 * a photo caption). Cuts only delete words, so that the sentence stays a shortening of what its article says.
 */
final class StandaloneSentences {

  static final int MIN_WORDS = 7;
  /** Longer sentences run on; 35 or 55 instead of 45 leave the Giveme5W1H summaries as they are. */
  static final int MAX_WORDS = 45;

  /** Openers that tie a sentence to the one before it and can go without changing what it says. */
  private static final Pattern LINKING_OPENER = Pattern.compile(
      "^(?:Meanwhile|However|Also|Still|Moreover|Furthermore|In addition|Separately|And|But|So)\\s*,?\\s+(?=\\S)");
  /** Openers whose reference lies in an earlier sentence: the sentence cannot stand alone. */
  private static final Pattern DANGLING_OPENER = Pattern.compile(
      "^(?:He|She|It|They|This|These|That|Those|His|Her|Its|Their|Then|There|Here|Such|Both|The two|The same"
          + "|Yet|Or|Instead|Otherwise|Earlier|Later)\\b");
  /** Attribution to someone named only by a pronoun: "..., he said." */
  private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile(
      "\\b(?:he|she|they|it)\\s+(?:said|says|added|told|explained|noted|warned|continued)\\b|\\b(?:said|says|added)\\s+(?:he|she)\\b");
  /** Time given relative to an article's own date, which a reader of the summary does not have. */
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "\\b(?:this|last|next|earlier this|later this) (?:week|month|weekend)\\b", Pattern.CASE_INSENSITIVE);
  /** Captions, credits and embedded posts that page scrapers leave in the text. */
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "(?i)\\b(?:image (?:copyright|caption)|photo(?:graph)?:|pic\\.twitter\\.com|getty images|@\\w+|click here"
          + "|read more|pose for photographers)|^photo\\b|https?://");

  private StandaloneSentences() {}

  /** The sentence as a summary can quote it, or empty when it cannot stand alone. */
  static Optional<String> standalone(String sentence) {
    return cut(sentence).filter(s -> isStatement(s) && Terms.words(s).size() <= MAX_WORDS
        && !DANGLING_OPENER.matcher(s).find() && !PRONOUN_ATTRIBUTION.matcher(s).find()
        && !RELATIVE_TIME.matcher(s).find());
  }

  /**
   * An article's first sentence as a summary can quote it, or empty when it is no statement (a caption, a
   * question, a fragment). A lead has no sentence before it to lean on and is written to be read first, so the
   * rules for a sentence taken from further down (a pronoun or "this week" that refers back, a run-on length) do
   * not refuse it; the summary's word budget still holds.
   */
  static Optional<String> lead(String sentence) {
    return cut(sentence).filter(StandaloneSentences::isStatement);
  }

  /** The sentence without a dateline or linking opener, capitalised; empty when nothing is left. */
  private static Optional<String> cut(String sentence) {
    String s = Datelines.strip(sentence.strip());
    s = LINKING_OPENER.matcher(s).replaceFirst("");
    return s.isEmpty() ? Optional.empty() : Optional.of(Character.toUpperCase(s.charAt(0)) + s.substring(1));
  }

  private static boolean isStatement(String s) {
    return Terms.words(s).size() >= MIN_WORDS && !s.endsWith("?") && !s.endsWith(":")
        && !PAGE_FURNITURE.matcher(s).find() && Character.isUpperCase(firstLetter(s));
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 'a';
  }
}
