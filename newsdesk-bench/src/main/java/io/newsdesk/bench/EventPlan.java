package io.newsdesk.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event as the generator decided it before writing a word: what, where, when, who reports it, its slot
 * values and its own wording (the kind's templates with this event's choices made, and only some of its
 * sentences). Every article of the event is written from this plan, so they agree on names, figures and
 * phrases the way real reports of one event do.
 *
 * @param outlets     the outlet of each article, in order; the first is the wire agency that breaks the story
 * @param lengthHours how long after {@code start} the event's articles keep coming
 * @param slots       slot values shared by all articles of the event; {@code place} is left to each outlet
 * @param wire        the wire agency's sentences, its lead first, with {@code [a|b]} choices made
 * @param story       details, quotations joined to their speakers, and background: what any report may tell
 * @param local       sentences about the people and places around the event, in its own invented names
 */
record EventPlan(String id, String kind, Place place, Instant start, int lengthHours, List<Outlet> outlets,
                 Map<String, String> slots, List<String> titles, List<String> wire, List<String> leads,
                 List<String> story, List<String> local) {

  EventPlan {
    outlets = List.copyOf(outlets);
    slots = Map.copyOf(slots);
    titles = List.copyOf(titles);
    wire = List.copyOf(wire);
    leads = List.copyOf(leads);
    story = List.copyOf(story);
    local = List.copyOf(local);
    if (outlets.isEmpty()) {
      throw new IllegalArgumentException("outlets must not be empty (event " + id + ")");
    }
    if (lengthHours < 1) {
      throw new IllegalArgumentException("lengthHours must be positive: " + lengthHours + " (event " + id + ")");
    }
    if (titles.isEmpty() || wire.isEmpty() || leads.isEmpty()) {
      throw new IllegalArgumentException("titles, wire and leads must not be empty (event " + id + ")");
    }
  }

  Outlet wireAgency() {
    return outlets.get(0);
  }

  /** Each outlet keeps to one spelling of a place, the wire agencies to the first. */
  String spellingFor(Outlet outlet) {
    List<String> spellings = place.spellings();
    if (outlet.wire()) {
      return place.wireSpelling();
    }
    return spellings.get(Math.floorMod((outlet.name() + "|" + place.wireSpelling()).hashCode(), spellings.size()));
  }
}
