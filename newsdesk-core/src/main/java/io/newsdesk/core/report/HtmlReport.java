package io.newsdesk.core.report;

import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Problem;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The digest as one self-contained HTML page: events day by day, each with its cited summary, sources,
 * entities, figures and conflicts, quotes and reused passages. No external files, scripts or fonts; all
 * article text is escaped.
 */
public final class HtmlReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private final EventCard card = new EventCard();

  public String render(List<Event> events, int articleCount, List<Problem> problems) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>newsdesk — ").append(events.size()).append(" events</title><style>")
        .append(EventCard.CSS).append(CSS).append("</style></head><body>\n");
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
      card.render(h, e, null, 3);
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

  private static String esc(String s) {
    return Html.escape(s);
  }

  private static final String CSS = """
      header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
      header{padding-top:1.5rem}h1{font:700 1.6rem system-ui,sans-serif;margin:.2rem 0}
      #filter{width:100%;padding:.5rem .7rem;margin:.7rem 0 0;border:1px solid var(--line);border-radius:6px;font:1rem system-ui,sans-serif}
      h2.day{font:600 .95rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
        border-bottom:1px solid var(--line);margin:2rem 0 .8rem;padding-bottom:.3rem}
      .problems{font:.85rem system-ui,sans-serif}footer{color:var(--muted);font:.8rem system-ui,sans-serif;padding:2rem 1rem}
      """;

  private static final String SCRIPT = """
      document.getElementById('filter').addEventListener('input',function(){var q=this.value.toLowerCase();
      document.querySelectorAll('.event').forEach(function(e){e.style.display=e.textContent.toLowerCase().indexOf(q)<0?'none':'';});});
      """;
}
