package io.newsdesk.core.report;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.model.CurrentEventsEntry;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.model.TimelineEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of an event card that issue 7 added: the current-events line, the timeline, and the sources compared
 * (what all state, disputed figures, single-source claims, and each outlet's wording side by side).
 */
final class ComparisonHtml {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final Function<List<String>, String> cites;

  /** @param cites renders the citation links of a list of article ids */
  ComparisonHtml(Function<List<String>, String> cites) {
    this.cites = cites;
  }

  void currentEvents(StringBuilder h, Event e) {
    CurrentEventsEntry ce = e.currentEvents();
    if (ce == null) {
      return;
    }
    h.append("<p class=\"current\"><b>").append(escape(ce.date() == null ? "Undated" : DAY.format(ce.date())))
        .append("</b>");
    if (e.kind() != null) {
      h.append(" – <span class=\"category\">").append(escape(e.kind().category())).append("</span>");
    }
    if (!ce.places().isEmpty()) {
      h.append(" – ").append(escape(String.join(", ", ce.places())));
    }
    h.append(" – ").append(escape(ce.action()));
    if (!ce.actors().isEmpty()) {
      h.append(" <span class=\"meta\">(").append(escape(String.join(", ", ce.actors()))).append(")</span>");
    }
    h.append(" ").append(ce.sources().stream().map(l -> l.url() != null && l.url().matches("(?i)https?://.*")
            ? "<a href=\"" + escape(l.url()) + "\">" + escape(l.outlet()) + "</a>" : escape(l.outlet()))
        .collect(Collectors.joining(", ", "(", ")"))).append("</p>\n");
  }

  void timeline(StringBuilder h, Event e) {
    if (e.timeline().isEmpty()) {
      return;
    }
    h.append("<details open><summary>Timeline (").append(e.timeline().size()).append(" days)</summary><ol class=\"timeline\">");
    for (TimelineEntry t : e.timeline()) {
      h.append("<li><b>").append(escape(DAY.format(t.day().atStartOfDay(ZoneOffset.UTC)))).append("</b> ")
          .append(escape(t.text())).append(cites.apply(t.sources())).append("</li>");
    }
    h.append("</ol></details>\n");
  }

  void comparison(StringBuilder h, SourceComparison c) {
    if (c.agreed().isEmpty() && c.disputes().isEmpty() && c.singleSource().isEmpty() && c.wording().isEmpty()) {
      return;
    }
    h.append("<details open class=\"compare\"><summary>Sources compared</summary>");
    statements(h, "All outlets state", c.agreed());
    if (!c.disputes().isEmpty()) {
      h.append("<h4>Figures that conflict</h4><ul>");
      for (SourceComparison.FigureDispute d : c.disputes()) {
        h.append("<li>").append(escape(d.what())).append(": ").append(d.claims().stream()
            .map(cl -> "<b>" + escape(cl.value() + (cl.unit() == null ? "" : " " + cl.unit())) + "</b>"
                + (cl.claimedBy() == null ? "" : " says " + escape(cl.claimedBy())) + " in "
                + escape(String.join(", ", cl.outlets())) + cites.apply(cl.sources()))
            .collect(Collectors.joining(" vs "))).append("</li>");
      }
      h.append("</ul>");
    }
    statements(h, "Only one outlet carries", c.singleSource());
    if (!c.wording().isEmpty()) {
      List<String> outlets = c.wording().stream().flatMap(w -> w.uses().stream()).map(SourceComparison.OutletWords::outlet)
          .distinct().toList();
      h.append("<h4>Wording</h4><table class=\"wording\"><tr><th></th>");
      outlets.forEach(o -> h.append("<th>").append(escape(o)).append("</th>"));
      h.append("</tr>");
      for (SourceComparison.Wording w : c.wording()) {
        h.append("<tr><th>").append(escape(w.concept())).append("</th>");
        for (String o : outlets) {
          h.append("<td>");
          w.uses().stream().filter(u -> u.outlet().equals(o)).findFirst().ifPresent(u -> h.append(u.words().stream()
              .map(x -> (x.loaded() ? "<mark title=\"takes a side\">" : "") + escape(x.word()) + (x.loaded() ? "</mark>" : "")
                  + " <small>×" + x.count() + "</small>")
              .collect(Collectors.joining(", "))).append(cites.apply(u.sources())));
          h.append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</table>");
    }
    h.append("</details>\n");
  }

  private void statements(StringBuilder h, String title, List<SourceComparison.Statement> statements) {
    if (statements.isEmpty()) {
      return;
    }
    h.append("<h4>").append(escape(title)).append("</h4><ul>");
    for (SourceComparison.Statement s : statements) {
      h.append("<li>").append(escape(s.text())).append(" <span class=\"meta\">").append(escape(String.join(", ", s.outlets())))
          .append("</span>").append(cites.apply(s.sources())).append("</li>");
    }
    h.append("</ul>");
  }
}
