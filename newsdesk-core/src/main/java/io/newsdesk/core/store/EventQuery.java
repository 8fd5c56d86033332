package io.newsdesk.core.store;

import io.newsdesk.core.classify.Category;
import java.time.LocalDate;

/**
 * Which events to list: any mix of a day they cover, words they match and an entity they name; null means
 * no condition. Events come newest first.
 *
 * @param day    events whose time span covers this UTC day
 * @param words  words of the headline, summary or entity names, in simple query syntax
 * @param entity   an entity key ({@link EntityKey}): events naming it under any spelling
 * @param category a category ({@link io.newsdesk.core.classify.Category}, by label or slug): events of that kind
 */
public record EventQuery(LocalDate day, String words, String entity, String category, int offset, int limit) {

  /** The deepest page a query may reach; deeper paging costs a searcher more than any reader needs. */
  public static final int MAX_OFFSET = 10_000;
  public static final int MAX_LIMIT = 200;

  public EventQuery {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be within 0.." + MAX_OFFSET + ", got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT + ", got " + limit);
    }
    words = words == null || words.isBlank() ? null : words.strip();
    entity = entity == null || entity.isBlank() ? null : EntityKey.of(entity);
    if (category != null && !category.isBlank()) {
      Category c = Category.parse(category);
      if (c == null) {
        throw new IllegalArgumentException("unknown category \"" + category + "\" (one of: "
            + String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::slug).toList()) + ")");
      }
      category = c.label();
    } else {
      category = null;
    }
  }

  /** A query with no condition on the category. */
  public EventQuery(LocalDate day, String words, String entity, int offset, int limit) {
    this(day, words, entity, null, offset, limit);
  }

  public static EventQuery latest(int offset, int limit) {
    return new EventQuery(null, null, null, offset, limit);
  }
}
