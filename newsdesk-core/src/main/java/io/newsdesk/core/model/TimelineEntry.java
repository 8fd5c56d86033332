package io.newsdesk.core.model;

import java.time.LocalDate;
import java.util.List;

/** One day of an event that spans several: what was new that day, and the articles that report it. */
public record TimelineEntry(LocalDate day, String text, List<String> sources) {
  public TimelineEntry {
    sources = List.copyOf(sources);
  }
}
