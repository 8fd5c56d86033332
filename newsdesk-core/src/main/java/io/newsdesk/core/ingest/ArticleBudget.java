package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.util.Locale;

/**
 * The most words of one article that newsdesk reads: an article longer than that is cut, at the last
 * paragraph or sentence end before the limit where one lies near it, and the cut is reported, never silent.
 * Every later stage costs in proportion to the words it reads, so this bounds what one hostile or runaway
 * article (a 15 MB paragraph) can cost a digest or the server. 200,000 words is about 1.2 MB of text, some
 * twenty times the longest news article we have seen; no real article is cut.
 */
public final class ArticleBudget {

  /** The default limit, in words. */
  public static final int DEFAULT_MAX_WORDS = 200_000;

  /** How far back from the limit a paragraph or sentence end is looked for, as a share of the text kept. */
  private static final double BACKTRACK_SHARE = 0.05;

  private final int maxWords;

  public ArticleBudget(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be at least 1: " + maxWords);
    }
    this.maxWords = maxWords;
  }

  public static ArticleBudget standard() {
    return new ArticleBudget(DEFAULT_MAX_WORDS);
  }

  public int maxWords() {
    return maxWords;
  }

  /** The article, or its cut when longer than the budget, together with the notice of the cut (else null). */
  public record Fitted(Article article, Problem notice) {}

  public Fitted fit(Article article) {
    String text = article.text();
    int words = 0;
    boolean inWord = false;
    int end = -1;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words > maxWords) {
        end = i;
        break;
      }
      inWord = !space;
    }
    if (end < 0) {
      return new Fitted(article, null);
    }
    int cut = lastBreakBefore(text, end, (int) (end * (1 - BACKTRACK_SHARE)));
    long total = words - 1 + countWords(text, end);
    Problem notice = Problem.keptInPart(article.source(), String.format(Locale.ROOT,
        "article \"%s\" has %,d words, more than the per-article budget of %,d: cut to its first %,d characters",
        article.id(), total, maxWords, cut));
    return new Fitted(article.withText(text.substring(0, cut).stripTrailing()), notice);
  }

  /** The end of the last paragraph, else sentence, between {@code floor} and {@code end}; else {@code end}. */
  private static int lastBreakBefore(String text, int end, int floor) {
    int paragraph = text.lastIndexOf('\n', end);
    if (paragraph >= floor) {
      return paragraph;
    }
    for (int i = end - 1; i > floor; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return end;
  }

  private static long countWords(String text, int from) {
    long n = 0;
    boolean inWord = false;
    for (int i = from; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
