package io.newsdesk.core.model;

import java.util.List;

/** Words an article puts in someone's mouth; speaker null when the text does not say who. */
public record Quote(String text, String speaker, String affiliation, List<String> sources) {
  public Quote {
    sources = List.copyOf(sources);
  }
}
