package io.newsdesk.core.report;

import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Problem;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The digest as one self-contained HTML page ({@code report.jte}): events day by day, each with its cited summary,
 * sources, entities, figures and conflicts, quotes and reused passages. No external files, scripts or fonts; all
 * article text is escaped.
 */
public final class HtmlReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private final EventCard card = new EventCard();

  public String render(List<Event> events, int articleCount, List<Problem> problems) {
    return Html.REPORT.render("report.jte", view(events, articleCount, problems));
  }

  ReportView view(List<Event> events, int articleCount, List<Problem> problems) {
    // events come in the digest's order: a new heading wherever the day changes
    List<ReportView.Day> days = new ArrayList<>();
    List<CardView> cards = new ArrayList<>();
    String currentDay = null;
    for (Event e : events) {
      String day = e.end() == null ? "Undated" : DAY.format(e.end().atZone(ZoneOffset.UTC));
      if (!day.equals(currentDay) && currentDay != null) {
        days.add(new ReportView.Day(currentDay, List.copyOf(cards)));
        cards.clear();
      }
      currentDay = day;
      cards.add(card.view(e, null, 3));
    }
    if (currentDay != null) {
      days.add(new ReportView.Day(currentDay, List.copyOf(cards)));
    }
    return new ReportView(events.size(), articleCount, List.copyOf(days), List.copyOf(problems), EventCard.CSS);
  }
}
