package io.newsdesk.core.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news writes them, made absolute against the article's publication date: "on Friday" in an article of
 * Monday 9 July is Friday 6 July; "yesterday", "this morning", "last week", "last month", "June 19" (the year of
 * publication, or the year before when that would lie well after it), "19 June 2018", "in 2014". A clock time
 * ("at 6:10am") is found too, without a day of its own.
 */
public final class RelativeDates {

  /** How much of the calendar a mention pins down. */
  public enum Precision { TIME, DAY, WEEK, MONTH, YEAR }

  /**
   * A time the text names.
   *
   * @param start     offset of its first character
   * @param end       offset after its last
   * @param text      the words that name it ("early Friday")
   * @param date      the day it names, the first day of the week, month or year it names, or null for a clock time
   * @param precision how much of the calendar it names
   */
  public record Mention(int start, int end, String text, LocalDate date, Precision precision) {

    /** The date in absolute words: "Friday 6 July 2018", "the week of 2 July 2018", "July 2018", "2018". */
    public String absolute() {
      if (date == null) {
        return text;
      }
      return switch (precision) {
        case DAY, TIME -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
            + date.getDayOfMonth() + " " + monthName(date) + " " + date.getYear();
        case WEEK -> "the week of " + date.getDayOfMonth() + " " + monthName(date) + " " + date.getYear();
        case MONTH -> monthName(date) + " " + date.getYear();
        case YEAR -> String.valueOf(date.getYear());
      };
    }

    private static String monthName(LocalDate d) {
      return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";

  private static final Pattern EXPRESSION = Pattern.compile(
      "\\b(?:(?:early|late)\\s+)?(?:(?<next>next)\\s+|(?<last>last)\\s+)?"
          + "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?" + PART_OF_DAY + "\\b"
          + "|\\b(?<yesterday>yesterday)" + PART_OF_DAY + "\\b"
          + "|\\b(?<today>today|this (?:morning|afternoon|evening)|tonight)\\b"
          + "|\\b(?<lastnight>last night)\\b"
          + "|\\b(?:(?:earlier|later) )?(?<thisunit>this (?:week|month|year))\\b"
          + "|\\b(?<lastunit>last (?:week|month|year))\\b"
          + "|\\b(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4}))?"
          + "|\\b(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>" + MONTH + ")\\b\\.?(?:,?\\s+(?<year2>\\d{4}))?"
          + "|\\b(?<month3>" + MONTH + ")\\.?,?\\s+(?<year3>(?:19|20)\\d{2})\\b"
          + "|\\bin\\s+(?<year4>(?:19|20)\\d{2})\\b"
          + "|\\b(?<clock>(?:at\\s+)?(?:around\\s+|about\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)"
          + "(?:\\s+(?:local time|gmt|bst|utc|et|est|edt|pt))?|at\\s+[0-2]?\\d:[0-5]\\d\\b(?![:.]\\d))",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:until|till|by|before|from|after)\\s+$");

  private RelativeDates() {}

  /** The first day the text names, made absolute against {@code published}; empty when it names none. */
  public static Optional<LocalDate> first(String text, LocalDate published) {
    return all(text, published).stream()
        .filter(m -> m.precision() == Precision.DAY || m.precision() == Precision.MONTH)
        .map(Mention::date)
        .findFirst();
  }

  /**
   * Every time the text names, in order, each made absolute against {@code published}; days still to come after
   * "until", "by" or "before" ("schools stay closed until Monday") and impossible dates ("June 31") left out.
   */
  public static List<Mention> all(String text, LocalDate published) {
    List<Mention> out = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      if (FUTURE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
        continue; // "closed until Monday" names a day to come, not the day it happened
      }
      if (m.group().equals("TODAY") && text.substring(Math.max(0, m.start() - 4), m.start()).equals("USA ")) {
        continue; // the newspaper
      }
      String words = m.group().strip();
      if (m.group("clock") != null) {
        out.add(new Mention(m.start(), m.start() + words.length(), words, null, Precision.TIME));
        continue;
      }
      resolve(m, published).ifPresent(d -> out.add(
          new Mention(m.start(), m.start() + words.length(), words, d.date, d.precision)));
    }
    return out;
  }

  private record Resolved(LocalDate date, Precision precision) {}

  private static Optional<Resolved> resolve(Matcher m, LocalDate published) {
    if (m.group("weekday") != null) {
      DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
      LocalDate d = m.group("next") != null ? published.with(TemporalAdjusters.next(day))
          : m.group("last") != null ? published.with(TemporalAdjusters.previous(day))
          : published.with(TemporalAdjusters.previousOrSame(day));
      return day(d);
    }
    if (m.group("yesterday") != null || m.group("lastnight") != null) {
      return day(published.minusDays(1));
    }
    if (m.group("today") != null) {
      return day(published);
    }
    if (m.group("thisunit") != null || m.group("lastunit") != null) {
      String unit = (m.group("thisunit") != null ? m.group("thisunit") : m.group("lastunit")).substring(5).strip()
          .toLowerCase(Locale.ROOT);
      int back = m.group("lastunit") != null ? 1 : 0;
      return Optional.of(switch (unit) {
        case "week" -> new Resolved(published.minusWeeks(back).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
            Precision.WEEK);
        case "month" -> new Resolved(published.minusMonths(back).withDayOfMonth(1), Precision.MONTH);
        default -> new Resolved(published.minusYears(back).withDayOfYear(1), Precision.YEAR);
      });
    }
    if (m.group("year4") != null) {
      return Optional.of(new Resolved(LocalDate.of(Integer.parseInt(m.group("year4")), 1, 1), Precision.YEAR));
    }
    if (m.group("month3") != null) {
      return Optional.of(new Resolved(LocalDate.of(Integer.parseInt(m.group("year3")), month(m.group("month3")), 1),
          Precision.MONTH));
    }
    boolean dayFirst = m.group("month2") != null;
    int month = month(dayFirst ? m.group("month2") : m.group("month"));
    int dayOfMonth = Integer.parseInt(dayFirst ? m.group("day2") : m.group("day"));
    String year = dayFirst ? m.group("year2") : m.group("year");
    try {
      if (year != null) {
        return day(LocalDate.of(Integer.parseInt(year), month, dayOfMonth));
      }
      LocalDate d = LocalDate.of(published.getYear(), month, dayOfMonth);
      // "December 30" in a January article is last year's
      return day(d.isAfter(published.plusMonths(2)) ? d.minusYears(1) : d);
    } catch (DateTimeException e) {
      return Optional.empty(); // "June 31"
    }
  }

  private static Optional<Resolved> day(LocalDate d) {
    return Optional.of(new Resolved(d, Precision.DAY));
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
