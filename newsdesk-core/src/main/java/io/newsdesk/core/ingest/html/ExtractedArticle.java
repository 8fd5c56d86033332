package io.newsdesk.core.ingest.html;

import io.newsdesk.core.ingest.LanguageGuesser;
import io.newsdesk.core.model.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * What extraction found on one page.
 *
 * @param text      the article's own text, paragraphs separated by blank lines; empty when none was found
 * @param title     headline, or null
 * @param published publication time, or null (a date alone is midnight UTC)
 * @param author    byline names as the page gives them, or null
 * @param outlet    the site's name, else its host, or null when the page has no address
 * @param url       canonical address, else the address it was read from, or null
 * @param language  ISO 639 code the page declares, or null when it declares none
 */
public record ExtractedArticle(String text, String title, Instant published, String author, String outlet,
                               String url, String language) {

  public ExtractedArticle {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The article as newsdesk stores it.
   *
   * @param id       its id: the page's address where the caller has no better one
   * @param source   where it was read from
   * @param guesser  tells the language from the text when the page declares none
   */
  public Article toArticle(String id, String source, LanguageGuesser guesser) {
    return new Article(id, source, url, title, published, outlet, language != null ? language : guesser.guess(text),
        text);
  }
}
