package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps event ids stable when events are rebuilt ({@link LastingIds} over their articles). Events sharing nothing
 * with a stored one keep the id the pipeline gave them (named after their first article).
 */
final class EventIds {

  private EventIds() {}

  /**
   * @param stored the replaced events: id to the ids of their articles
   * @param fresh  the rebuilt events
   * @return the rebuilt events under their lasting ids, in the order given
   */
  static List<Event> assign(Map<String, Set<String>> stored, List<Event> fresh) {
    List<String> ids = LastingIds.assign(stored, fresh.stream().map(Event::id).toList(),
        fresh.stream().map(e -> (Set<String>) new HashSet<>(e.articles().stream().map(Article::id).toList())).toList());
    List<Event> out = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      Event e = fresh.get(i);
      out.add(ids.get(i).equals(e.id()) ? e : e.withId(ids.get(i)));
    }
    return List.copyOf(out);
  }
}
