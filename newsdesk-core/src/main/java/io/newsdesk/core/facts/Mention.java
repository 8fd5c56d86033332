package io.newsdesk.core.facts;

import io.newsdesk.core.model.EntityType;

/**
 * One naming of an entity in one article, typed by its context there.
 *
 * @param sure      whether the type follows from the name's own words or the noun after it (a country of the
 *                  gazetteer, a title before it, "Ministry" in it, "province" after it) rather than from the typer's
 *                  reading or a guess from context; such a mention outweighs the others when the spellings of one
 *                  entity disagree
 * @param expansion the name this one abbreviates where the text says so ("Islamic State (IS)": IS abbreviates
 *                  Islamic State), else null; the two are one entity
 */
public record Mention(String name, EntityType type, String articleId, boolean sure, String expansion) {

  public Mention(String name, EntityType type, String articleId, boolean sure) {
    this(name, type, articleId, sure, null);
  }

  /** A mention typed by the typer or by context. */
  public Mention(String name, EntityType type, String articleId) {
    this(name, type, articleId, false);
  }
}
