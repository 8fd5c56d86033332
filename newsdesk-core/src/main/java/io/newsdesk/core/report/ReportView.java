package io.newsdesk.core.report;

import io.newsdesk.core.model.Problem;
import java.util.List;

/**
 * The digest's report as its template ({@code report.jte}) shows it: the events day by day, then the inputs that
 * were skipped.
 *
 * @param events   how many events the report holds
 * @param articles how many articles they were made of
 * @param cardCss  the style of the event cards ({@link EventCard#CSS}), written into the page
 */
public record ReportView(int events, int articles, List<Day> days, List<Problem> problems, String cardCss) {

  /** @param label the day, "Wednesday 12 March 2025", or "Undated" */
  public record Day(String label, List<CardView> cards) {}
}
