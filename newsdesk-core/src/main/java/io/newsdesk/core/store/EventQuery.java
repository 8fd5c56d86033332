package io.newsdesk.core.store;

import java.time.LocalDate;

/**
 * Which events to list: any mix of a day they cover, words they match and an entity they name; null means
 * no condition. Events come newest first.
 *
 * @param day    events whose time span covers this UTC day
 * @param words  words of the headline, summary or entity names, in simple query syntax
 * @param entity an entity key ({@link EntityKey}): events naming it under any spelling
 */
public record EventQuery(LocalDate day, String words, String entity, int offset, int limit) {

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
  }

  public static EventQuery latest(int offset, int limit) {
    return new EventQuery(null, null, null, offset, limit);
  }
}
