package io.newsdesk.core.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Plural endings only, on lowercase terms: "cities" gives "city", "crossings" "crossing"; "crisis", "campus",
 * "gas" and "1990s" stay. Enough to join singular and plural without the errors of a full stemmer (Porter makes
 * "general" and "generic" one term). Lucene's EnglishMinimalStemFilter is close but not this: it gives "gas" as
 * "ga", "crisis" as "crisi", "1990s" as "1990" and keeps "trees", so clustering on it would change.
 */
public final class PluralStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public PluralStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] t = term.buffer();
    int n = term.length();
    if (n > 4 && t[n - 3] == 'i' && t[n - 2] == 'e' && t[n - 1] == 's') {
      t[n - 3] = 'y';
      term.setLength(n - 2);
    } else if (n > 3 && t[n - 1] == 's' && t[n - 2] != 's' && t[n - 2] != 'u' && t[n - 2] != 'i'
        && Character.isLetter(t[n - 2])) {
      term.setLength(n - 1);
    }
    return true;
  }
}
