package io.newsdesk.core.report;

import java.util.List;

/**
 * One event as its card template ({@code card/event.jte}) shows it: everything worked out and formatted here,
 * every text still plain (the template escapes it). Lists are empty, and optional values null, when the card has
 * nothing to show for them.
 *
 * @param headingLevel the level of the headline's heading, 1 to 6
 * @param meta         dates, article count and outlets: "12 Mar 2025 · 2 articles · Wire"
 * @param kind         the event's category and action, or null
 */
public record CardView(String id, int headingLevel, String headline, String meta, Kind kind,
    List<Sentence> summary, ComparisonView compared, List<Conflict> conflicts, List<Answer> fiveWs,
    List<EntityGroup> entities, List<FigureRow> figures, List<QuoteRow> quotes, List<Shared> reuse,
    List<Credit> credits, List<Source> sources) {

  /** A numbered link to an article in the list of sources; {@code title} (the article's id) may be null. */
  public record Cite(String href, int number, String title) {}

  /** @param action the action and its trigger, "take territory (“captures”)", or null; sentence is its source */
  public record Kind(String category, String action, String sentence) {}

  public record Sentence(String text, List<Cite> cites) {}

  /** Sources that disagree on a figure; each claim is a value, who claims it (or null) and its citations. */
  public record Conflict(String what, List<Claim> claims) {}

  public record Claim(String value, String claimedBy, List<Cite> cites) {}

  /** One of who, what, when, where, why and how, or "also named" for the other places. */
  public record Answer(String question, String text, List<Cite> cites) {}

  /** The entities of one type under its label ("People"). */
  public record EntityGroup(String label, List<Chip> chips) {}

  /**
   * @param type        the entity type in lower case, also its chip's CSS class
   * @param href        the entity's own page, or null for a chip that links nowhere
   * @param coordinates "lat, lon" of a place, or null
   * @param also        its other spellings, or null
   */
  public record Chip(String name, String type, String href, String coordinates, String also) {}

  public record FigureRow(String figure, String what, String claimedBy, List<Cite> cites) {}

  /** @param speaker who said it, with their affiliation: "Ana Ruiz, union" */
  public record QuoteRow(String text, String speaker, List<Cite> cites) {}

  /** A passage several articles share: where it first ran, whom it is credited to (or null), each wording. */
  public record Shared(List<Cite> first, String credited, List<Passage> passages) {}

  /** One article's wording of a shared passage, with up to 80 characters of context either side. */
  public record Passage(List<Cite> article, String before, String text, String after) {}

  public record Credit(String source, List<Cite> cites) {}

  /**
   * An entry of the numbered list of sources.
   *
   * @param url       its address when it is an http(s) one, else null
   * @param meta      outlet and date: "Wire, 12 Mar 2025"
   * @param reprintOf the article it reprints, as a citation, or none
   */
  public record Source(String anchor, String title, String url, String meta, List<Cite> reprintOf) {}
}
