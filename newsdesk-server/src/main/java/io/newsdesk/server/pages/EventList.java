package io.newsdesk.server.pages;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.store.EventSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Events as a list under day headings, newest first, in the manner of a current-events portal. */
public final class EventList {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private EventList() {}

  /** @param headingLevel the level of the day headings */
  public static void render(StringBuilder h, List<EventSummary> events, int headingLevel) {
    String currentDay = null;
    boolean open = false;
    for (EventSummary e : events) {
      String day = e.end() == null ? "Undated" : DAY.format(e.end().atZone(ZoneOffset.UTC));
      if (!day.equals(currentDay)) {
        if (open) {
          h.append("</ul></section>\n");
        }
        h.append("<section class=\"day\"><h").append(headingLevel).append(" class=\"day\">").append(escape(day))
            .append("</h").append(headingLevel).append("><ul class=\"events\">");
        currentDay = day;
        open = true;
      }
      item(h, e);
    }
    if (open) {
      h.append("</ul></section>\n");
    }
  }

  private static void item(StringBuilder h, EventSummary e) {
    String outlets = String.join(", ", e.outlets());
    int n = e.articles();
    h.append("<li class=\"event-item\"><a class=\"headline\" href=\"/events/").append(escape(e.id())).append("\">")
        .append(escape(e.headline())).append("</a> <span class=\"meta\">").append(n)
        .append(n == 1 ? " article" : " articles").append(outlets.isEmpty() ? "" : " · " + escape(outlets))
        .append("</span>");
    if (e.lead() != null) {
      h.append("<p class=\"lead\">").append(escape(e.lead())).append("</p>");
    }
    h.append("</li>");
  }

  /** Links to the previous and next pages of a list, when there are such pages. */
  public static void pager(StringBuilder h, String base, int offset, int limit, long total) {
    if (offset == 0 && offset + limit >= total) {
      return;
    }
    String sep = base.contains("?") ? "&" : "?";
    h.append("<nav class=\"pager\" aria-label=\"Pages\">");
    if (offset > 0) {
      h.append("<a rel=\"prev\" href=\"").append(escape(base + sep + "offset=" + Math.max(0, offset - limit)))
          .append("\">← Newer</a>");
    }
    if (offset + limit < total) {
      h.append("<a rel=\"next\" href=\"").append(escape(base + sep + "offset=" + (offset + limit)))
          .append("\">Older →</a>");
    }
    h.append("</nav>");
  }
}
