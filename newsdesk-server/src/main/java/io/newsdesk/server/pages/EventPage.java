package io.newsdesk.server.pages;

import gg.jte.Content;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.Event;
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
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event's page ({@code event.jte}): the event card (headline, cited summary, conflicts, entities, figures,
 * quotes, shared passages highlighted in each article's wording, sources), then the map of its places, its
 * timeline, and its sources compared outlet by outlet.
 *
 * @param card      the event card, written by the report's own template
 * @param map       the map of its places, or null
 * @param reuseNote how many passages outlets share and how many are credited, or null when none is shared
 * @param story     the story it is part of, or null where none is known
 */
public record EventPage(String headline, Content card, PlaceMap map, List<Published> timeline,
    List<OutletRow> outlets, String reuseNote, StoryLink story) {

  private static final int MAX_FIGURES = 8;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  private static final EventCard CARD = new EventCard();

  /** An article in the timeline: when ("undated" when unknown), which outlet, its title. */
  public record Published(String when, String outlet, String title) {}

  /**
   * Per outlet: how much it published and when, the figures it gives, and what it shares with others.
   *
   * @param figures the figures it gives, "—" for none
   */
  public record OutletRow(String outlet, int articles, String first, String figures, long firstWith, long copied) {}

  /** The story an event is part of: its page's address and its title. */
  public record StoryLink(String href, String title) {}

  /**
   * @param entityLink the address of an entity's own page
   * @param story      the story it is part of, or null
   */
  public static EventPage of(Event e, Function<Entity, String> entityLink, StoryLink story) {
    List<Article> byTime = new ArrayList<>(e.articles());
    byTime.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
    String reuseNote = e.reuse().isEmpty() ? null : e.reuse().size() + " passages shared between outlets, "
        + e.reuse().stream().map(Reuse::credited).filter(Objects::nonNull).count() + " of them credited to a source.";
    return new EventPage(e.headline(), CARD.render(e, entityLink, 1), PlaceMap.of(e.entities()),
        byTime.stream().map(a -> new Published(
            a.published() == null ? "undated" : WHEN.format(a.published().atZone(ZoneOffset.UTC)), outlet(a),
            a.title() == null ? a.id() : a.title())).toList(),
        outlets(e), reuseNote, story);
  }

  private static List<OutletRow> outlets(Event e) {
    Map<String, List<Article>> byOutlet = e.articles().stream()
        .collect(Collectors.groupingBy(EventPage::outlet, LinkedHashMap::new, Collectors.toList()));
    List<OutletRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<Article>> o : byOutlet.entrySet()) {
      List<String> ids = o.getValue().stream().map(Article::id).toList();
      String first = o.getValue().stream().map(Article::published).filter(Objects::nonNull)
          .min(Comparator.naturalOrder()).map(t -> WHEN.format(t.atZone(ZoneOffset.UTC))).orElse("undated");
      String figures = e.figures().stream().filter(f -> f.sources().stream().anyMatch(ids::contains))
          .map(EventCard::figure).distinct().limit(MAX_FIGURES).collect(Collectors.joining(" · "));
      long firstWith = e.reuse().stream().filter(r -> ids.contains(r.first())).count();
      long copied = e.reuse().stream().filter(r -> !ids.contains(r.first()))
          .filter(r -> r.sources().stream().anyMatch(ids::contains)).count();
      rows.add(new OutletRow(o.getKey(), ids.size(), first, figures.isEmpty() ? "—" : figures, firstWith, copied));
    }
    return List.copyOf(rows);
  }

  private static String outlet(Article a) {
    return a.outlet() == null ? a.id() : a.outlet();
  }
}
