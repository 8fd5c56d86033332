package io.newsdesk.server.pages;

import static io.newsdesk.core.report.Html.escape;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.report.EventCard;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event's page: the event card (headline, cited summary, conflicts, entities, figures, quotes, shared
 * passages highlighted in each article's wording, sources), then the map of its places, its timeline, and its
 * sources compared outlet by outlet.
 */
public final class EventPage {

  private static final int MAX_FIGURES = 8;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private final EventCard card = new EventCard();
  private final Function<Entity, String> entityLink;

  public EventPage(Function<Entity, String> entityLink) {
    this.entityLink = entityLink;
  }

  public String render(Event e) {
    StringBuilder h = new StringBuilder(32 * 1024);
    card.render(h, e, entityLink, 1);
    PlaceMap.render(h, e.entities());
    timeline(h, e);
    sourcesCompared(h, e);
    return PageLayout.page(e.headline(), null, h.toString());
  }

  private static void timeline(StringBuilder h, Event e) {
    h.append("<section class=\"panel\" aria-labelledby=\"timeline\"><h2 id=\"timeline\">Timeline</h2><ol class=\"timeline\">");
    List<Article> byTime = new ArrayList<>(e.articles());
    byTime.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
    for (Article a : byTime) {
      h.append("<li><span class=\"when\">")
          .append(a.published() == null ? "undated" : escape(WHEN.format(a.published().atZone(ZoneOffset.UTC))))
          .append("</span> <span class=\"who\">").append(escape(outlet(a))).append("</span> ")
          .append(escape(a.title() == null ? a.id() : a.title())).append("</li>");
    }
    h.append("</ol></section>\n");
  }

  /** Per outlet: how much it published and when, the figures it gives, and what it shares with others. */
  private static void sourcesCompared(StringBuilder h, Event e) {
    Map<String, List<Article>> byOutlet = e.articles().stream()
        .collect(Collectors.groupingBy(EventPage::outlet, LinkedHashMap::new, Collectors.toList()));
    h.append("<section class=\"panel\" aria-labelledby=\"sources\"><h2 id=\"sources\">Sources compared</h2>")
        .append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">outlet</th><th scope=\"col\">articles</th>")
        .append("<th scope=\"col\">first</th><th scope=\"col\">figures it gives</th>")
        .append("<th scope=\"col\">passages first with / copied</th></tr></thead><tbody>");
    for (Map.Entry<String, List<Article>> o : byOutlet.entrySet()) {
      List<String> ids = o.getValue().stream().map(Article::id).toList();
      String first = o.getValue().stream().map(Article::published).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
          .map(t -> WHEN.format(t.atZone(ZoneOffset.UTC))).orElse("undated");
      String figures = e.figures().stream().filter(f -> f.sources().stream().anyMatch(ids::contains))
          .map(EventPage::figure).distinct().limit(MAX_FIGURES).collect(Collectors.joining(" · "));
      long firstWith = e.reuse().stream().filter(r -> ids.contains(r.first())).count();
      long copied = e.reuse().stream().filter(r -> !ids.contains(r.first()))
          .filter(r -> r.sources().stream().anyMatch(ids::contains)).count();
      h.append("<tr><th scope=\"row\">").append(escape(o.getKey())).append("</th><td>").append(ids.size())
          .append("</td><td>").append(escape(first)).append("</td><td>").append(escape(figures.isEmpty() ? "—" : figures))
          .append("</td><td>").append(firstWith).append(" / ").append(copied).append("</td></tr>");
    }
    h.append("</tbody></table></div>");
    if (!e.reuse().isEmpty()) {
      long credited = e.reuse().stream().map(Reuse::credited).filter(java.util.Objects::nonNull).count();
      h.append("<p class=\"meta\">").append(e.reuse().size()).append(" passages shared between outlets, ")
          .append(credited).append(" of them credited to a source.</p>");
    }
    h.append("</section>\n");
  }

  /** A figure as a value with its qualifier and unit; what it counts is in the figures table above. */
  private static String figure(Figure f) {
    return (f.qualifier() == null ? "" : f.qualifier() + " ") + f.value() + (f.unit() == null ? "" : " " + f.unit());
  }

  private static String outlet(Article a) {
    return a.outlet() == null ? a.id() : a.outlet();
  }
}
