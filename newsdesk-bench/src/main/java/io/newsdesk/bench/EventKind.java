package io.newsdesk.bench;

import java.util.List;

/**
 * What sort of event a generated story is about, as sentence templates. Every template may use the slots
 * {@code place, country, weekday, wire, authority, authority2, official, officialRole, witness, witnessRole},
 * each figure's slot and, for each figure {@code f}, {@code f+}: a later, higher count of the same thing.
 *
 * @param wire       the wire agency's own sentences, its lead first; other outlets copy some word for word
 * @param leads      openings other outlets write themselves
 * @param details    what happened, who says so, with the figures
 * @param quotes     what people said, without quotation marks or closing punctuation
 * @param background context that any report of this kind may add
 */
record EventKind(String name, List<String> titles, List<String> wire, List<String> leads, List<String> details,
                 List<String> quotes, List<String> background, List<FigureRange> figures,
                 List<String> authorities, List<String> officialRoles, List<String> witnessRoles) {

  EventKind {
    titles = nonEmpty(titles, "titles", name);
    wire = nonEmpty(wire, "wire", name);
    leads = nonEmpty(leads, "leads", name);
    details = nonEmpty(details, "details", name);
    quotes = nonEmpty(quotes, "quotes", name);
    background = nonEmpty(background, "background", name);
    figures = List.copyOf(figures);
    if (authorities.size() < 2) {
      throw new IllegalArgumentException("authorities needs two or more entries, got " + authorities.size()
          + " (kind " + name + ")");
    }
    authorities = List.copyOf(authorities);
    officialRoles = nonEmpty(officialRoles, "officialRoles", name);
    witnessRoles = nonEmpty(witnessRoles, "witnessRoles", name);
  }

  private static <T> List<T> nonEmpty(List<T> list, String parameter, String kind) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException(parameter + " must not be empty (kind " + kind + ")");
    }
    return List.copyOf(list);
  }

  /** A count an event reports, drawn from {@code min} to {@code max} in steps of {@code step}. */
  record FigureRange(String slot, int min, int max, int step) {
    FigureRange {
      if (min < 1 || max < min) {
        throw new IllegalArgumentException("bad range for " + slot + ": min=" + min + ", max=" + max);
      }
      if (step < 1) {
        throw new IllegalArgumentException("step must be positive for " + slot + ": " + step);
      }
    }
  }
}
