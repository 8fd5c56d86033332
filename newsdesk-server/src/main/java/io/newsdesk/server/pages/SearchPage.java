package io.newsdesk.server.pages;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;

/** Search results: the events whose headline, summary or entities match, then the articles with passages marked. */
public final class SearchPage {

  private SearchPage() {}

  public static String render(String words, Page<EventSummary> events, Page<SearchHit> hits, String nextHref) {
    StringBuilder h = new StringBuilder(16 * 1024);
    if (words == null) {
      h.append("<h1>Search</h1><p>Type words in the search field: a \"quoted phrase\", -word to leave out, "
          + "prefix* to match the start of words.</p>");
      return PageLayout.page("Search", null, h.toString());
    }
    h.append("<h1>Search: ").append(escape(words)).append("</h1>");
    h.append("<section aria-labelledby=\"ev\"><h2 id=\"ev\">Events (").append(events.total()).append(")</h2>");
    if (events.items().isEmpty()) {
      h.append("<p>No event matches.</p>");
    } else {
      EventList.render(h, events.items(), 3);
    }
    h.append("</section><section aria-labelledby=\"ar\"><h2 id=\"ar\">Articles (").append(hits.total()).append(")</h2>");
    if (hits.items().isEmpty()) {
      h.append("<p>No article matches.</p>");
    }
    h.append("<ol class=\"hits\" start=\"").append(hits.offset() + 1).append("\">");
    for (SearchHit hit : hits.items()) {
      Article a = hit.article();
      h.append("<li class=\"hit\">");
      String title = escape(a.title() == null ? a.id() : a.title());
      if (hit.eventId() != null) {
        h.append("<a class=\"headline\" href=\"/events/").append(escape(hit.eventId())).append("\">").append(title)
            .append("</a>");
      } else {
        h.append("<span class=\"headline\">").append(title).append("</span>");
      }
      h.append(" <span class=\"meta\">").append(escape(a.outlet() == null ? a.id() : a.outlet()))
          .append(a.published() == null ? "" : ", " + escape(a.published().toString().substring(0, 10)))
          .append("</span>");
      for (SearchHit.Snippet s : hit.snippets()) {
        h.append("<p class=\"snippet\">");
        int at = 0;
        for (SearchHit.Mark m : s.marks()) {
          h.append(escape(s.text().substring(at, m.start()))).append("<mark>")
              .append(escape(s.text().substring(m.start(), m.end()))).append("</mark>");
          at = m.end();
        }
        h.append(escape(s.text().substring(at))).append("</p>");
      }
      h.append("</li>");
    }
    h.append("</ol>");
    if (nextHref != null) {
      h.append("<nav class=\"pager\" aria-label=\"Pages\"><a rel=\"next\" href=\"").append(escape(nextHref))
          .append("\">More articles →</a></nav>");
    }
    h.append("</section>");
    return PageLayout.page("Search: " + words, words, h.toString());
  }
}
