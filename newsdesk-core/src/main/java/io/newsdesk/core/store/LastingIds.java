package io.newsdesk.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the ids of rebuilt groups (events of articles, stories of events) stable: a rebuilt group takes the id of
 * the stored group it shares most members with, so that an address stays good when an earlier member joins or two
 * groups merge. Groups sharing nothing with a stored one keep their natural id.
 */
final class LastingIds {

  private LastingIds() {}

  /**
   * @param stored  the replaced groups: id to the ids of their members
   * @param natural each rebuilt group's own id (named after its first member)
   * @param members each rebuilt group's members, in the same order
   * @return the lasting id of each rebuilt group, in the order given
   */
  static List<String> assign(Map<String, Set<String>> stored, List<String> natural, List<Set<String>> members) {
    if (natural.size() != members.size()) {
      throw new IllegalArgumentException(natural.size() + " ids for " + members.size() + " groups");
    }
    String[] result = new String[natural.size()];
    Set<String> taken = new HashSet<>();
    // The largest groups choose first: when a group splits, its id stays with the bigger part.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < natural.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -members.get(i).size()).thenComparing(natural::get));
    for (int i : order) {
      Set<String> ids = members.get(i);
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
      String id = best != null ? best : unused(natural.get(i), taken);
      taken.add(id);
      result[i] = id;
    }
    return List.of(result);
  }

  /** The natural id, or that id with a suffix when another rebuilt group already has it. */
  private static String unused(String natural, Set<String> taken) {
    String id = natural;
    for (int n = 2; taken.contains(id); n++) {
      id = natural + "-" + n;
    }
    return id;
  }
}
