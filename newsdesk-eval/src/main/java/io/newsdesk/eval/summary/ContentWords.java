package io.newsdesk.eval.summary;

import io.newsdesk.core.text.Terms;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words of a phrase or sentence that carry its content, as the summary metrics compare them: newsdesk's index
 * terms, plus the day names, relative days and numbers that index terms leave out but that a "when" phrase is
 * made of ("on Friday", "at 6 am").
 */
final class ContentWords {

  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "day", "days", "year", "years", "last", "first");

  private ContentWords() {}

  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : Terms.words(text)) {
      String t = Terms.term(w);
      if (t == null) {
        String n = Terms.normalize(w);
        if (TIME_WORDS.contains(n) || !n.isEmpty() && Character.isDigit(n.charAt(0))) {
          t = n;
        }
      }
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }
}
