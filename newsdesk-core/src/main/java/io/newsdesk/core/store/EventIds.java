package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps event ids stable when events are rebuilt: a rebuilt event takes the id of the stored event it shares
 * most articles with, so that an address stays good when an earlier article joins or two events merge. Events
 * sharing nothing with a stored one keep the id the pipeline gave them (named after their first article).
 */
final class EventIds {

  private EventIds() {}

  /**
   * @param stored the replaced events: id to the ids of their articles
   * @param fresh  the rebuilt events
   * @return the rebuilt events under their lasting ids, in the order given
   */
  static List<Event> assign(Map<String, Set<String>> stored, List<Event> fresh) {
    Event[] result = new Event[fresh.size()];
    Set<String> taken = new HashSet<>();
    // The largest events choose first: when an event splits, its id stays with the bigger part.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -fresh.get(i).articles().size())
        .thenComparing(i -> fresh.get(i).id()));
    for (int i : order) {
      Event e = fresh.get(i);
      Set<String> ids = new HashSet<>(e.articles().stream().map(Article::id).toList());
      String best = null;
      int bestOverlap = 0;
      for (Map.Entry<String, Set<String>> old : stored.entrySet()) {
        if (taken.contains(old.getKey())) {
          continue;
        }
        int overlap = (int) old.getValue().stream().filter(ids::contains).count();
        if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && old.getKey().compareTo(best) < 0)) {
          best = old.getKey();
          bestOverlap = overlap;
        }
      }
      String id = best != null ? best : unused(e.id(), taken);
      taken.add(id);
      result[i] = id.equals(e.id()) ? e : e.withId(id);
    }
    return List.of(result);
  }

  /** The natural id, or that id with a suffix when another rebuilt event already has it. */
  private static String unused(String natural, Set<String> taken) {
    String id = natural;
    for (int n = 2; taken.contains(id); n++) {
      id = natural + "-" + n;
    }
    return id;
  }
}
