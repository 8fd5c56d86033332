package io.newsdesk.server.pages;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Search results ({@code search.jte}): the events whose headline, summary or entities match, then the articles
 * with the matching words marked in passages. With no words, a page that says how to search.
 *
 * @param words  the words searched for, or null before a search
 * @param events the matching events as a list, or null before a search
 * @param start  the number of the first article shown
 * @param more   the address of the next page of articles, or null
 */
public record SearchPage(String words, long eventCount, EventList events, long articleCount, int start,
    List<Hit> hits, String more) {

  /**
   * @param href  the page of the event the article belongs to, or null
   * @param meta  outlet and day: "Post, 2025-03-04"
   */
  public record Hit(String href, String title, String meta, List<List<Piece>> snippets) {}

  /** Part of a snippet: text, marked where it matches. */
  public record Piece(String text, boolean marked) {}

  /** The page that says how to search. */
  public static SearchPage prompt() {
    return new SearchPage(null, 0, null, 0, 1, List.of(), null);
  }

  public static SearchPage of(String words, Page<EventSummary> events, Page<SearchHit> hits, String more) {
    return new SearchPage(words, events.total(), EventList.of(events.items(), 3), hits.total(), hits.offset() + 1,
        hits.items().stream().map(SearchPage::hit).toList(), more);
  }

  private static Hit hit(SearchHit hit) {
    Article a = hit.article();
    return new Hit(hit.eventId() == null ? null : "/events/" + hit.eventId(), a.title() == null ? a.id() : a.title(),
        (a.outlet() == null ? a.id() : a.outlet())
            + (a.published() == null ? "" : ", " + a.published().toString().substring(0, 10)),
        hit.snippets().stream().map(SearchPage::pieces).toList());
  }

  private static List<Piece> pieces(SearchHit.Snippet s) {
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (SearchHit.Mark m : s.marks()) {
      out.add(new Piece(s.text().substring(at, m.start()), false));
      out.add(new Piece(s.text().substring(m.start(), m.end()), true));
      at = m.end();
    }
    out.add(new Piece(s.text().substring(at), false));
    return List.copyOf(out);
  }
}
