package io.newsdesk.core.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many results there are in all
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean hasMore() {
    return offset + items.size() < total;
  }
}
