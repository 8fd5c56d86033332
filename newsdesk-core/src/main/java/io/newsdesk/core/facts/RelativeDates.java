package io.newsdesk.core.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news writes them, made absolute against the article's publication date: "on Friday" in an article of
 * Monday 9 July is Friday 6 July; "yesterday", "last month", "June 19" (the year of publication, or the year
 * before when that would lie well after it).
 */
public final class RelativeDates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Pattern EXPRESSION = Pattern.compile(
      "\\b(?:(?<next>next)\\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\\b"
          + "|\\b(?<yesterday>yesterday)\\b|\\b(?<today>today|this morning|tonight)\\b"
          + "|\\b(?<lastmonth>last month)\\b"
          + "|\\b(?<month>jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4}))?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:until|till|by|before|from|after)\\s+$");

  private RelativeDates() {}

  /** The first date the text names, made absolute against {@code published}; empty when it names none. */
  public static Optional<LocalDate> first(String text, LocalDate published) {
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      if (FUTURE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
        continue; // "closed until Monday" names a day to come, not the day it happened
      }
      Optional<LocalDate> d = resolve(m, published);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> resolve(Matcher m, LocalDate published) {
    if (m.group("weekday") != null) {
      DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
      return Optional.of(m.group("next") != null ? published.with(TemporalAdjusters.next(day))
          : published.with(TemporalAdjusters.previousOrSame(day)));
    }
    if (m.group("yesterday") != null) {
      return Optional.of(published.minusDays(1));
    }
    if (m.group("today") != null) {
      return Optional.of(published);
    }
    if (m.group("lastmonth") != null) {
      return Optional.of(published.minusMonths(1).withDayOfMonth(1));
    }
    int month = MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(m.group("day"));
    try {
      if (m.group("year") != null) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), month, day));
      }
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      // "December 30" in a January article is last year's
      return Optional.of(d.isAfter(published.plusMonths(2)) ? d.minusYears(1) : d);
    } catch (DateTimeException e) {
      return Optional.empty(); // "June 31"
    }
  }
}
