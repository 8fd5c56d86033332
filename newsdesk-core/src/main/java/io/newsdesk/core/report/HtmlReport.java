package io.newsdesk.core.report;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.model.Quote;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.SummarySentence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The digest as one self-contained HTML page: events day by day, each with its cited summary, sources,
 * entities, figures and conflicts, quotes and reused passages. No external files, scripts or fonts; all
 * article text is escaped.
 */
public final class HtmlReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final int MAX_ENTITIES = 24;

  public String render(List<Event> events, int articleCount, List<Problem> problems) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>newsdesk — ").append(events.size()).append(" events</title><style>")
        .append(CSS).append("</style></head><body>\n");
    h.append("<header><h1>newsdesk</h1><p class=\"meta\">").append(events.size()).append(" events from ")
        .append(articleCount).append(" articles")
        .append(problems.isEmpty() ? "" : ", " + problems.size() + " inputs skipped (see the end)")
        .append("</p><input id=\"filter\" type=\"search\" placeholder=\"Filter events…\" aria-label=\"Filter events\">")
        .append("</header>\n<main>\n");
    String currentDay = null;
    for (Event e : events) {
      String day = e.end() == null ? "Undated" : DAY.format(e.end().atZone(ZoneOffset.UTC));
      if (!day.equals(currentDay)) {
        h.append("<h2 class=\"day\">").append(esc(day)).append("</h2>\n");
        currentDay = day;
      }
      event(h, e);
    }
    if (!problems.isEmpty()) {
      h.append("<section class=\"problems\"><h2>Skipped inputs</h2><ul>");
      for (Problem p : problems) {
        h.append("<li><code>").append(esc(p.record())).append("</code>: ").append(esc(p.reason())).append("</li>");
      }
      h.append("</ul></section>");
    }
    h.append("</main><footer>Made by newsdesk. Every summary sentence links to the articles that support it.")
        .append("</footer><script>").append(SCRIPT).append("</script></body></html>\n");
    return h.toString();
  }

  private void event(StringBuilder h, Event e) {
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < e.articles().size(); i++) {
      number.put(e.articles().get(i).id(), i + 1);
    }
    String outlets = e.articles().stream().map(Article::outlet).filter(o -> o != null)
        .distinct().collect(Collectors.joining(", "));
    h.append("<article class=\"event\" id=\"").append(esc(e.id())).append("\">\n<h3>").append(esc(e.headline()))
        .append("</h3>\n<p class=\"meta\">").append(esc(range(e.start(), e.end()))).append(" · ")
        .append(e.articles().size()).append(e.articles().size() == 1 ? " article" : " articles")
        .append(outlets.isEmpty() ? "" : " · " + esc(outlets)).append("</p>\n<div class=\"summary\">");
    for (SummarySentence s : e.summary()) {
      h.append("<p>").append(esc(s.text()));
      for (String src : s.sources()) {
        Integer n = number.get(src);
        h.append(" <a class=\"cite\" href=\"#").append(esc(e.id())).append("-a").append(n).append("\" title=\"")
            .append(esc(src)).append("\">[").append(n).append("]</a>");
      }
      h.append("</p>");
    }
    h.append("</div>\n");
    ComparisonHtml issue7 = new ComparisonHtml(ids -> cites(e, ids, number));
    issue7.currentEvents(h, e);
    issue7.timeline(h, e);
    issue7.comparison(h, e.comparison());
    if (!e.conflicts().isEmpty() && e.comparison().disputes().isEmpty()) {
      h.append("<div class=\"conflicts\"><strong>Sources disagree</strong><ul>");
      for (Conflict c : e.conflicts()) {
        h.append("<li>").append(esc(c.what())).append(": ");
        h.append(c.claims().stream().map(cl -> "<b>" + esc(cl.value()) + "</b>"
                + (cl.claimedBy() == null ? "" : " (" + esc(cl.claimedBy()) + ")") + cites(e, cl.sources(), number))
            .collect(Collectors.joining(" vs ")));
        h.append("</li>");
      }
      h.append("</ul></div>\n");
    }
    entities(h, e.entities());
    if (!e.figures().isEmpty()) {
      h.append("<details><summary>Figures (").append(e.figures().size()).append(")</summary><table>")
          .append("<tr><th>figure</th><th>what it counts</th><th>claimed by</th><th>sources</th></tr>");
      for (Figure f : e.figures()) {
        h.append("<tr><td>").append(esc((f.qualifier() == null ? "" : f.qualifier() + " ") + f.value()
                + (f.unit() == null ? "" : " " + f.unit()))).append("</td><td>").append(esc(f.what()))
            .append("</td><td>").append(esc(f.claimedBy() == null ? "—" : f.claimedBy())).append("</td><td>")
            .append(cites(e, f.sources(), number)).append("</td></tr>");
      }
      h.append("</table></details>\n");
    }
    if (!e.quotes().isEmpty()) {
      h.append("<details><summary>Quotes (").append(e.quotes().size()).append(")</summary>");
      for (Quote q : e.quotes()) {
        h.append("<blockquote>“").append(esc(q.text())).append("”<cite>")
            .append(esc(q.speaker() == null ? "unattributed" : q.speaker()))
            .append(q.affiliation() == null ? "" : ", " + esc(q.affiliation()))
            .append(cites(e, q.sources(), number)).append("</cite></blockquote>");
      }
      h.append("</details>\n");
    }
    if (!e.reuse().isEmpty()) {
      h.append("<details><summary>Shared passages (").append(e.reuse().size()).append(")</summary>");
      for (Reuse r : e.reuse()) {
        h.append("<div class=\"reuse\"><p class=\"meta\">first in").append(cites(e, List.of(r.first()), number))
            .append(r.credited() == null ? "" : ", credited to " + esc(r.credited())).append("</p>");
        for (Passage p : r.passages()) {
          // each article's own wording of the passage, in its sentence context
          Article a = e.articles().stream().filter(x -> x.id().equals(p.articleId())).findFirst().orElse(null);
          if (a == null) {
            continue;
          }
          h.append("<p class=\"passage\">").append(cites(e, List.of(a.id()), number)).append(" ")
              .append(esc(context(a.text(), p.start(), true))).append("<mark>").append(esc(p.text())).append("</mark>")
              .append(esc(context(a.text(), p.end(), false))).append("</p>");
        }
        h.append("</div>");
      }
      h.append("</details>\n");
    }
    if (!e.credits().isEmpty()) {
      h.append("<p class=\"meta\">Sources credited: ");
      h.append(e.credits().stream().map(c -> esc(c.source()) + cites(e, c.articles(), number))
          .collect(Collectors.joining(" · ")));
      h.append("</p>\n");
    }
    Map<String, String> originalOf = new HashMap<>();
    e.reprints().forEach(r -> r.copies().forEach(c -> originalOf.put(c, r.original())));
    h.append("<ol class=\"sources\">");
    for (Article a : e.articles()) {
      h.append("<li id=\"").append(esc(e.id())).append("-a").append(number.get(a.id())).append("\">");
      String title = a.title() != null ? a.title() : firstWords(a.text());
      if (a.url() != null && a.url().matches("(?i)https?://.*")) {
        h.append("<a href=\"").append(esc(a.url())).append("\">").append(esc(title)).append("</a>");
      } else {
        h.append(esc(title));
      }
      h.append(" <span class=\"meta\">").append(esc(a.outlet() == null ? a.id() : a.outlet()))
          .append(a.published() == null ? "" : ", " + SHORT.format(a.published().atZone(ZoneOffset.UTC)))
          .append(originalOf.containsKey(a.id()) ? ", reprint of" + cites(e, List.of(originalOf.get(a.id())), number) : "")
          .append("</span></li>");
    }
    h.append("</ol>\n</article>\n");
  }

  private static void entities(StringBuilder h, List<Entity> entities) {
    if (entities.isEmpty()) {
      return;
    }
    Map<EntityType, List<Entity>> byType = new LinkedHashMap<>();
    entities.stream().limit(MAX_ENTITIES).forEach(en -> byType.computeIfAbsent(en.type(), k -> new java.util.ArrayList<>()).add(en));
    h.append("<div class=\"entities\">");
    for (EntityType type : EntityType.values()) {
      List<Entity> list = byType.get(type);
      if (list == null) {
        continue;
      }
      h.append("<span class=\"label\">").append(label(type)).append("</span>");
      for (Entity en : list) {
        String also = en.variants().stream().filter(v -> !v.equals(en.name())).collect(Collectors.joining(", "));
        h.append("<span class=\"chip ").append(type.name().toLowerCase(Locale.ROOT)).append("\"")
            .append(en.lat() == null ? "" : " title=\"" + en.lat() + ", " + en.lon() + "\"").append(">")
            .append(esc(en.name()));
        if (!also.isEmpty()) {
          h.append(" <small>also ").append(esc(also)).append("</small>");
        }
        h.append("</span>");
      }
    }
    h.append("</div>\n");
  }

  private static String label(EntityType t) {
    return switch (t) {
      case PERSON -> "People";
      case ORGANIZATION -> "Organisations";
      case PLACE -> "Places";
      case OTHER -> "Other";
    };
  }

  private static String cites(Event e, List<String> sources, Map<String, Integer> number) {
    StringBuilder b = new StringBuilder();
    for (String s : sources) {
      Integer n = number.get(s);
      if (n != null) {
        b.append(" <a class=\"cite\" href=\"#").append(esc(e.id())).append("-a").append(n).append("\">[")
            .append(n).append("]</a>");
      }
    }
    return b.toString();
  }

  private static String range(Instant start, Instant end) {
    if (start == null) {
      return "undated";
    }
    LocalDate a = start.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate b = end.atZone(ZoneOffset.UTC).toLocalDate();
    return a.equals(b) ? SHORT.format(a) : SHORT.format(a) + " – " + SHORT.format(b);
  }

  private static final int CONTEXT = 80;

  /** Up to 80 characters of the text before or after a passage, cut at a word. */
  private static String context(String text, int at, boolean before) {
    if (before) {
      int from = Math.max(0, at - CONTEXT);
      String s = text.substring(from, at).replace('\n', ' ');
      return from == 0 ? s : "…" + s.replaceFirst("^\\S*\\s", "");
    }
    int to = Math.min(text.length(), at + CONTEXT);
    String s = text.substring(at, to).replace('\n', ' ');
    return to == text.length() ? s : s.replaceFirst("\\s\\S*$", "") + "…";
  }

  private static String firstWords(String text) {
    String line = text.strip().split("\n")[0];
    return line.length() <= 90 ? line : line.substring(0, 90).replaceAll("\\s+\\S*$", "") + "…";
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = """
      :root{--ink:#1d2329;--muted:#5f6b76;--line:#dde3e8;--accent:#0b5cad;--warn:#fff4e0;--bg:#f6f7f9}
      *{box-sizing:border-box}body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
      header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
      header{padding-top:1.5rem}h1{font:700 1.6rem system-ui,sans-serif;margin:.2rem 0}
      .meta{color:var(--muted);font:.85rem system-ui,sans-serif;margin:.2rem 0}
      #filter{width:100%;padding:.5rem .7rem;margin:.7rem 0 0;border:1px solid var(--line);border-radius:6px;font:1rem system-ui,sans-serif}
      h2.day{font:600 .95rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
        border-bottom:1px solid var(--line);margin:2rem 0 .8rem;padding-bottom:.3rem}
      .event{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1.2rem}
      .event h3{font:700 1.25rem/1.3 system-ui,sans-serif;margin:0 0 .3rem}
      .summary p{margin:.55rem 0}.cite{font:.75rem system-ui,sans-serif;text-decoration:none;color:var(--accent);vertical-align:super}
      .conflicts{background:var(--warn);border-radius:6px;padding:.5rem .8rem;margin:.6rem 0;font:.9rem system-ui,sans-serif}
      .conflicts ul{margin:.3rem 0;padding-left:1.2rem}
      .entities{margin:.6rem 0;font:.8rem system-ui,sans-serif;line-height:2}
      .label{color:var(--muted);margin:0 .3rem 0 .6rem}.label:first-child{margin-left:0}
      .chip{display:inline-block;border-radius:999px;padding:0 .55rem;margin:0 .2rem;line-height:1.6;background:#eef1f4}
      .chip.place{background:#e4f2e7}.chip.person{background:#f3e8f7}.chip.organization{background:#e6eef8}
      details{margin:.5rem 0;font:.9rem system-ui,sans-serif}summary{cursor:pointer;color:var(--accent)}
      table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
      blockquote{margin:.5rem 0;padding:.2rem .8rem;border-left:3px solid var(--line)}blockquote cite{display:block;color:var(--muted);font-style:normal}
      mark{background:#fff1a8}.reuse{margin:.5rem 0;border-top:1px dashed var(--line)}.passage{margin:.3rem 0;color:var(--muted)}
      .passage mark{color:var(--ink)}
      .current{font:.85rem system-ui,sans-serif;border-left:3px solid var(--accent);padding-left:.6rem}
      .compare h4{font:600 .85rem system-ui,sans-serif;margin:.6rem 0 .2rem}.compare ul{margin:.2rem 0;padding-left:1.2rem}
      table.wording th{font-weight:600}ol.timeline{padding-left:1.2rem}
      ol.sources{font:.85rem system-ui,sans-serif;padding-left:1.4rem;margin:.8rem 0 0;border-top:1px solid var(--line);padding-top:.5rem}
      ol.sources li:target{background:#fff1a8}
      .problems{font:.85rem system-ui,sans-serif}footer{color:var(--muted);font:.8rem system-ui,sans-serif;padding:2rem 1rem}
      @media (max-width:600px){body{font-size:15px}.event{padding:.8rem}}
      """;

  private static final String SCRIPT = """
      document.getElementById('filter').addEventListener('input',function(){var q=this.value.toLowerCase();
      document.querySelectorAll('.event').forEach(function(e){e.style.display=e.textContent.toLowerCase().indexOf(q)<0?'none':'';});});
      """;
}
