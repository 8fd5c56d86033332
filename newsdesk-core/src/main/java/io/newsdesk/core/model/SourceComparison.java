package io.newsdesk.core.model;

import java.util.List;

/**
 * How an event's outlets compare: what all of them state, the figures they disagree on, the claims only one of
 * them carries, and the loaded words each uses for the same thing. Empty when the event has a single outlet.
 */
public record SourceComparison(List<Statement> agreed, List<FigureDispute> disputes, List<Statement> singleSource,
                               List<Wording> wording) {

  public static final SourceComparison NONE = new SourceComparison(List.of(), List.of(), List.of(), List.of());

  public SourceComparison {
    agreed = List.copyOf(agreed);
    disputes = List.copyOf(disputes);
    singleSource = List.copyOf(singleSource);
    wording = List.copyOf(wording);
  }

  /** Something the articles say, with the outlets and articles that say it. */
  public record Statement(String text, List<String> outlets, List<String> sources) {
    public Statement {
      outlets = List.copyOf(outlets);
      sources = List.copyOf(sources);
    }
  }

  /** A quantity the outlets give different values for; each claim says who gives which. */
  public record FigureDispute(String what, List<FigureClaim> claims) {
    public FigureDispute {
      claims = List.copyOf(claims);
    }
  }

  /** One value of a disputed figure: its unit, who the articles say claims it, and where it is given. */
  public record FigureClaim(String value, String unit, String claimedBy, List<String> outlets, List<String> sources) {
    public FigureClaim {
      outlets = List.copyOf(outlets);
      sources = List.copyOf(sources);
    }
  }

  /**
   * The words the outlets use for one thing ("the government side": "regime", "government"), side by side.
   *
   * @param concept what the words name
   * @param uses    per outlet, the words it uses
   */
  public record Wording(String concept, List<OutletWords> uses) {
    public Wording {
      uses = List.copyOf(uses);
    }
  }

  /** The words one outlet uses for a concept, most used first, the loaded ones marked. */
  public record OutletWords(String outlet, List<WordUse> words, List<String> sources) {
    public OutletWords {
      words = List.copyOf(words);
      sources = List.copyOf(sources);
    }
  }

  /** A word, how often an outlet uses it, and whether it takes a side ("regime", "liberated", "jihadists"). */
  public record WordUse(String word, int count, boolean loaded) {}
}
