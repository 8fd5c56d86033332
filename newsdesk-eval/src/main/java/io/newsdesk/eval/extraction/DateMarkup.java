package io.newsdesk.eval.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's raw HTML carries its publication date in markup a machine is meant to read: Open Graph's
 * {@code article:published_time}, schema.org's {@code datePublished} (JSON-LD or microdata), a
 * {@code <time datetime>} element, or one of the common date meta names. This is the denominator of the date
 * coverage figure; it is deliberately a plain search of the source, independent of newsdesk's own reader. The
 * day in a page's address is a check on the dates found.
 */
final class DateMarkup {

  private static final Pattern MARKUP = Pattern.compile(
      "(?i)article:published_time|[\"']datePublished[\"']|itemprop\\s*=\\s*[\"']?datePublished|<time\\b[^>]*\\bdatetime\\s*="
          + "|<meta\\b[^>]*\\bname\\s*=\\s*[\"']?(?:pubdate|publishdate|publish[_-]date|date|dc\\.date(?:\\.issued)?"
          + "|sailthru\\.date|parsely-pub-date)[\"'\\s>]");

  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})/");

  private DateMarkup() {}

  /** The day an address names in the "/2019/11/19/" form, or null. */
  static LocalDate urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    try {
      return m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))) : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  static boolean present(String html) {
    return MARKUP.matcher(html).find();
  }
}
