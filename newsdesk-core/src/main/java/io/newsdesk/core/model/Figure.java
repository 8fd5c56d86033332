package io.newsdesk.core.model;

import java.util.List;

/**
 * A number an event's articles report, with what it counts and who claims it.
 *
 * @param value     the number as written, e.g. "320,000"
 * @param number    its numeric value
 * @param unit      "percent", "people", "km"... or null
 * @param qualifier "more than", "about", "at least"... or null
 * @param what      what it counts, e.g. "people fled"
 * @param claimedBy who states it, e.g. "United Nations", or null when the text does not say
 * @param sentence  the sentence it came from
 * @param sources   ids of the articles that report it
 */
public record Figure(String value, double number, String unit, String qualifier, String what,
                     String claimedBy, String sentence, List<String> sources) {
  public Figure {
    sources = List.copyOf(sources);
  }
}
