package io.newsdesk.core.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates as feeds, metadata and datelines write them. A date alone becomes midnight UTC. */
public final class PublicationDates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /** "July 09, 2018", "Jul. 9 2018". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  /** "9 July 2018". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** A line that is only a dateline: an optional "Posted"/"Published"/"Updated" and a date, maybe a time. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:(?:posted|published|updated|last updated|first published)(?: on)?:?\\s*)?"
          + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?"
          + "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2})"
          + "(?:[\\s,|at-]+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$",
      Pattern.CASE_INSENSITIVE);

  private PublicationDates() {}

  /** True when the whole line is a dateline such as "Posted July 09, 2018". */
  public static boolean isDateline(String line) {
    return line.length() < 80 && DATELINE.matcher(line).matches();
  }

  /** The date a dateline or free text names first, if any. */
  public static Optional<Instant> findDate(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(1));
    }
    m = ISO_DATE.matcher(text);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** Parses a metadata value: ISO 8601 instant, offset or local date-time, ISO date, RFC 1123, or a written date. */
  public static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException ignored) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException ignored) {
      // try the next form
    }
    return findDate(v);
  }

  private static Optional<Instant> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))
          .atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30, 2018" is no date
    }
  }
}
