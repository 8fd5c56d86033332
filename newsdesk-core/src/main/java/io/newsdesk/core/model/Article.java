package io.newsdesk.core.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One news article as newsdesk knows it after ingest: its own text and the metadata found around it.
 * Serializable, like the other records a distributed run ships between machines.
 *
 * @param id        stable id: the given id, else the URL, else the path relative to the input argument
 * @param source    where it was read from (file, and line or record where one file holds many)
 * @param url       canonical URL, or null
 * @param title     title, or null when none was found
 * @param published publication time, or null when unknown (a date alone is kept as midnight UTC)
 * @param outlet    the outlet that published it, or null when unknown
 * @param language  ISO 639-1 code, or "und" when undetermined
 * @param text      the article's own text, paragraphs separated by blank lines
 */
public record Article(String id, String source, String url, String title, Instant published,
                      String outlet, String language, String text) implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
    }
    language = language == null ? "und" : language;
  }

  public Article withText(String newText) {
    return new Article(id, source, url, title, published, outlet, language, newText);
  }

  public Article withPublished(Instant newPublished) {
    return new Article(id, source, url, title, newPublished, outlet, language, text);
  }

  public Article withLanguage(String newLanguage) {
    return new Article(id, source, url, title, published, outlet, newLanguage, text);
  }

  /** The outlet, or a stand-in that keeps articles of unknown outlets apart from each other. */
  public String outletOrId() {
    return outlet != null ? outlet : "?" + id;
  }
}
