package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.text.Terms;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language from its most frequent function words. Enough to keep English news apart from
 * other European languages; "und" when too few function words are seen to tell.
 */
public final class LanguageGuesser {

  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "as", "by", "were"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "du", "pour", "qui", "que", "sur", "au"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "auf", "sich"),
      "es", Set.of("el", "los", "las", "y", "es", "una", "por", "con", "para", "del", "que", "se", "en", "como"),
      "it", Set.of("il", "di", "che", "e", "per", "una", "sono", "della", "con", "non", "gli", "nel", "alla", "del"),
      "pt", Set.of("o", "os", "as", "e", "do", "da", "uma", "com", "para", "que", "em", "dos", "não", "pelo"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "met", "voor", "zijn", "op", "aan", "ook"));

  private static final int MIN_HITS = 3;
  private static final int MAX_WORDS = 400;

  /** The article with its language guessed where the reader could not tell it; otherwise the article itself. */
  public Article withGuessedLanguage(Article a) {
    return "und".equals(a.language()) ? a.withLanguage(guess(a.text())) : a;
  }

  public String guess(String text) {
    List<String> words = Terms.words(text.length() > 4000 ? text.substring(0, 4000) : text);
    String best = "und";
    int bestHits = MIN_HITS - 1;
    for (Map.Entry<String, Set<String>> lang : FUNCTION_WORDS.entrySet()) {
      int hits = 0;
      for (int i = 0; i < Math.min(words.size(), MAX_WORDS); i++) {
        if (lang.getValue().contains(Terms.normalize(words.get(i)))) {
          hits++;
        }
      }
      if (hits > bestHits || hits == bestHits && lang.getKey().compareTo(best) < 0 && hits >= MIN_HITS) {
        best = lang.getKey();
        bestHits = hits;
      }
    }
    return best;
  }
}
