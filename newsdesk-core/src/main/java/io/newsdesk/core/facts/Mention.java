package io.newsdesk.core.facts;

import io.newsdesk.core.model.EntityType;

/** One naming of an entity in one article, typed by its context there. */
public record Mention(String name, EntityType type, String articleId) {}
