package io.newsdesk.server.pages;

import static io.newsdesk.core.report.Html.escape;

/**
 * The frame of every page: language, viewport, one style sheet, a skip link, the search form in the header and
 * landmarks, so that pages read well on a phone and with a screen reader. No scripts.
 */
public final class PageLayout {

  private PageLayout() {}

  /**
   * @param title  the page's title, plain text
   * @param query  the words to show in the search field, or null
   * @param main   the page's content, HTML
   */
  public static String page(String title, String query, String main) {
    StringBuilder h = new StringBuilder(main.length() + 2048);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escape(title)).append(" — newsdesk</title>")
        .append("<link rel=\"stylesheet\" href=\"/assets/newsdesk.css\"></head><body>\n")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
        .append("<header class=\"site\"><a class=\"brand\" href=\"/\">newsdesk</a>")
        .append("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">")
        .append("<label for=\"q\" class=\"visually-hidden\">Search articles and events</label>")
        .append("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"256\" placeholder=\"Search…\" value=\"")
        .append(escape(query == null ? "" : query)).append("\"><button type=\"submit\">Search</button></form>")
        .append("</header>\n<main id=\"main\">\n").append(main).append("\n</main>\n")
        .append("<footer class=\"site\">newsdesk: every summary sentence cites the articles behind it. ")
        .append("<a href=\"/openapi.json\">API</a></footer>\n</body></html>\n");
    return h.toString();
  }
}
