package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The time whose events wait to be rebuilt because articles of it were stored. It is committed with the articles
 * and cleared with the events, so that a store interrupted in between finishes the work when next written to.
 *
 * @param from    earliest publication among the waiting articles, or null when none is dated
 * @param to      latest publication among them, or null when none is dated
 * @param undated whether an undated article waits (undated articles can join any event: all events are rebuilt)
 */
record PendingWindow(Instant from, Instant to, boolean undated) {

  static final PendingWindow NONE = new PendingWindow(null, null, false);

  private static final String FROM = "newsdesk.pending.from";
  private static final String TO = "newsdesk.pending.to";
  private static final String UNDATED = "newsdesk.pending.undated";

  PendingWindow {
    if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
      throw new IllegalArgumentException("bad pending window: " + from + " to " + to);
    }
  }

  boolean isEmpty() {
    return from == null && !undated;
  }

  PendingWindow including(Collection<Article> articles) {
    Instant f = from;
    Instant t = to;
    boolean u = undated;
    for (Article a : articles) {
      Instant p = a.published();
      if (p == null) {
        u = true;
      } else {
        f = f == null || p.isBefore(f) ? p : f;
        t = t == null || p.isAfter(t) ? p : t;
      }
    }
    return new PendingWindow(f, t, u);
  }

  Map<String, String> toCommitData() {
    Map<String, String> data = new HashMap<>();
    data.put(FROM, from == null ? "" : from.toString());
    data.put(TO, to == null ? "" : to.toString());
    data.put(UNDATED, Boolean.toString(undated));
    return data;
  }

  static PendingWindow fromCommitData(Map<String, String> data) {
    String f = data.getOrDefault(FROM, "");
    String t = data.getOrDefault(TO, "");
    return new PendingWindow(f.isEmpty() ? null : Instant.parse(f), t.isEmpty() ? null : Instant.parse(t),
        Boolean.parseBoolean(data.getOrDefault(UNDATED, "false")));
  }
}
