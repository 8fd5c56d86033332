package io.newsdesk.server.pages;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.classify.Category;
import io.newsdesk.core.store.EventSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;

/** Events as a list under day headings, newest first, in the manner of a current-events portal. */
public final class EventList {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private EventList() {}

  /**
   * Each day's events grouped by category under its own heading, in the portal's order of sections (events with
   * no category last), as the Current Events portal lays out a day.
   *
   * @param headingLevel the level of the day headings; categories take the next level
   */
  public static void render(StringBuilder h, List<EventSummary> events, int headingLevel) {
    Map<String, List<EventSummary>> days = new LinkedHashMap<>();
    for (EventSummary e : events) {
      days.computeIfAbsent(e.end() == null ? "Undated" : DAY.format(e.end().atZone(ZoneOffset.UTC)),
          k -> new ArrayList<>()).add(e);
    }
    days.forEach((day, dayEvents) -> {
      h.append("<section class=\"day\"><h").append(headingLevel).append(" class=\"day\">").append(escape(day))
          .append("</h").append(headingLevel).append(">");
      Map<String, List<EventSummary>> byCategory = new TreeMap<>(Comparator.comparingInt(EventList::categoryOrder)
          .thenComparing(Comparator.naturalOrder()));
      dayEvents.forEach(e -> byCategory.computeIfAbsent(e.category() == null ? "" : e.category(),
          k -> new ArrayList<>()).add(e));
      int level = Math.min(6, headingLevel + 1);
      byCategory.forEach((category, items) -> {
        h.append("<h").append(level).append(" class=\"category\">")
            .append(escape(category.isEmpty() ? "Other" : category)).append("</h").append(level)
            .append("><ul class=\"events\">");
        items.forEach(e -> item(h, e));
        h.append("</ul>");
      });
      h.append("</section>\n");
    });
  }

  /** The portal's order of its sections; no category ("") after every one. */
  private static int categoryOrder(String label) {
    Category c = Category.parse(label);
    return c == null ? Integer.MAX_VALUE : c.ordinal();
  }

  /**
   * Links that list the events of one category (no scripts: each is a plain link), the chosen one marked.
   *
   * @param chosen the label of the category listed now, or null for every event
   */
  public static void categoryFilter(StringBuilder h, String chosen) {
    h.append("<nav class=\"categories\" aria-label=\"Categories\"><a href=\"/\"")
        .append(chosen == null ? " aria-current=\"page\"" : "").append(">All</a>");
    for (Category c : Category.values()) {
      h.append(" <a href=\"/?category=").append(c.slug()).append("\"")
          .append(c.label().equals(chosen) ? " aria-current=\"page\"" : "").append(">").append(escape(c.label()))
          .append("</a>");
    }
    h.append("</nav>");
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
