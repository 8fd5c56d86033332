package io.newsdesk.eval.extraction;

import java.util.regex.Pattern;

/**
 * Whether a page's raw HTML carries its publication date in markup a machine is meant to read: Open Graph's
 * {@code article:published_time}, schema.org's {@code datePublished} (JSON-LD or microdata), a
 * {@code <time datetime>} element, or one of the common date meta names. This is the denominator of the date
 * coverage figure; it is deliberately a plain search of the source, independent of newsdesk's own reader.
 */
final class DateMarkup {

  private static final Pattern MARKUP = Pattern.compile(
      "(?i)article:published_time|[\"']datePublished[\"']|itemprop\\s*=\\s*[\"']?datePublished|<time\\b[^>]*\\bdatetime\\s*="
          + "|<meta\\b[^>]*\\bname\\s*=\\s*[\"']?(?:pubdate|publishdate|publish[_-]date|date|dc\\.date(?:\\.issued)?"
          + "|sailthru\\.date|parsely-pub-date)[\"'\\s>]");

  private DateMarkup() {}

  static boolean present(String html) {
    return MARKUP.matcher(html).find();
  }
}
