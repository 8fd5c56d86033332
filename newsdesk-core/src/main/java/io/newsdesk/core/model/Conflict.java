package io.newsdesk.core.model;

import java.util.List;

/** Figures about the same thing that the articles of an event do not agree on. */
public record Conflict(String what, List<Claim> claims) {
  public Conflict {
    claims = List.copyOf(claims);
  }

  /** One side of a conflict: a value, who states it, and where. */
  public record Claim(String value, String claimedBy, List<String> sources) {
    public Claim {
      sources = List.copyOf(sources);
    }
  }
}
