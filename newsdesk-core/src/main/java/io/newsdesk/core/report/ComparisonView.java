package io.newsdesk.core.report;

import io.newsdesk.core.model.CurrentEventsEntry;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.report.CardView.Cite;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an event card that issue 7 added, as {@code card/comparison.jte} shows them: the current-events
 * line, the timeline, and the sources compared (what all state, disputed figures, single-source claims, and each
 * outlet's wording side by side).
 *
 * @param current  the current-events line, or null
 * @param outlets  the outlets whose wording is compared, one column each
 */
public record ComparisonView(CurrentLine current, List<Dated> timeline, List<Statement> agreed,
    List<Dispute> disputes, List<Statement> singleSource, List<String> outlets, List<WordingRow> wording) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  /** "Tue 1 Apr 2025 – Armed conflicts – Korvat – Army takes Korvat (Army) (Post, Herald)"; category, places and actors may be null. */
  public record CurrentLine(String date, String category, String places, String action, String actors,
      List<Link> sources) {}

  /** @param href an http(s) address, or null to show the label alone */
  public record Link(String label, String href) {}

  public record Dated(String day, String text, List<Cite> cites) {}

  public record Statement(String text, String outlets, List<Cite> cites) {}

  public record Dispute(String what, List<Claim> claims) {}

  /** @param value the value with its unit; claimedBy may be null */
  public record Claim(String value, String claimedBy, String outlets, List<Cite> cites) {}

  /** One concept, with a cell per outlet in the order of {@link #outlets()}. */
  public record WordingRow(String concept, List<Cell> cells) {}

  /** The words one outlet uses for a concept; empty where it uses none. */
  public record Cell(List<Word> words, List<Cite> cites) {}

  /** @param loaded whether the word takes a side */
  public record Word(String word, boolean loaded, int count) {}

  /** Whether there is anything to show under "Sources compared". */
  public boolean compared() {
    return !agreed.isEmpty() || !disputes.isEmpty() || !singleSource.isEmpty() || !wording.isEmpty();
  }

  static ComparisonView of(Event e, Citations cite) {
    SourceComparison c = e.comparison();
    List<String> outlets = c.wording().stream().flatMap(w -> w.uses().stream())
        .map(SourceComparison.OutletWords::outlet).distinct().toList();
    return new ComparisonView(currentLine(e),
        e.timeline().stream().map(t -> new Dated(DAY.format(t.day().atStartOfDay(ZoneOffset.UTC)), t.text(),
            cite.of(t.sources()))).toList(),
        statements(c.agreed(), cite),
        c.disputes().stream().map(d -> new Dispute(d.what(), d.claims().stream()
            .map(cl -> new Claim(cl.value() + (cl.unit() == null ? "" : " " + cl.unit()), cl.claimedBy(),
                String.join(", ", cl.outlets()), cite.of(cl.sources())))
            .toList())).toList(),
        statements(c.singleSource(), cite),
        outlets,
        c.wording().stream().map(w -> new WordingRow(w.concept(), outlets.stream()
            .map(o -> w.uses().stream().filter(u -> u.outlet().equals(o)).findFirst()
                .map(u -> new Cell(u.words().stream().map(x -> new Word(x.word(), x.loaded(), x.count())).toList(),
                    cite.of(u.sources())))
                .orElse(new Cell(List.of(), List.of())))
            .toList())).toList());
  }

  private static CurrentLine currentLine(Event e) {
    CurrentEventsEntry ce = e.currentEvents();
    if (ce == null) {
      return null;
    }
    return new CurrentLine(ce.date() == null ? "Undated" : DAY.format(ce.date()),
        e.kind() == null ? null : e.kind().category(),
        ce.places().isEmpty() ? null : String.join(", ", ce.places()),
        ce.action(),
        ce.actors().isEmpty() ? null : String.join(", ", ce.actors()),
        ce.sources().stream().map(l -> new Link(l.outlet(), EventCard.webAddress(l.url()))).toList());
  }

  private static List<Statement> statements(List<SourceComparison.Statement> statements, Citations cite) {
    return statements.stream()
        .map(s -> new Statement(s.text(), String.join(", ", s.outlets()), cite.of(s.sources()))).toList();
  }
}
