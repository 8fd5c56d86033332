package io.newsdesk.core.ingest.html;

import io.newsdesk.core.ingest.PublicationDates;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about itself. Each field is looked for where sites put it most reliably first:
 * meta tags (Open Graph, Dublin Core, the names CMSs use), then JSON-LD, then the visible page.
 */
final class MetadataReader {

  private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:published_time",
      "article:published", "datepublished", "published_time", "publish_date", "publish-date", "publishdate",
      "publication_date", "pubdate", "date_published", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.date", "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
      "citation_publication_date", "cxenseparse:recs:publishtime", "original-publish-date", "displaydate",
      "date", "og:article:published_time");
  private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "byl", "dc.creator",
      "parsely-author", "sailthru.author", "citation_author");

  /** "/2019/11/19/" or "2019-11-19" in an address. */
  private static final Pattern URL_DATE =
      Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?![0-9])");
  private static final Pattern DATE_NAMES =
      Pattern.compile("(?i)date|time|publish|posted|dateline|byline|meta|info");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
  private static final Pattern LANGUAGE = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$");
  private static final int MAX_DATELINE_BOXES = 40;
  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  private MetadataReader() {}

  static PageMetadata read(Document page) {
    Map<String, String> meta = metaTags(page);
    JsonLd jsonLd = JsonLd.of(page);
    String url = canonicalUrl(page, meta);
    String outlet = outlet(meta, jsonLd, url);
    return new PageMetadata(title(page, meta, jsonLd, outlet), published(page, meta, jsonLd, url),
        author(page, meta, jsonLd), outlet, url, language(page, meta));
  }

  /** Meta tag contents by lowercase property, name or itemprop; the first of each wins. */
  private static Map<String, String> metaTags(Document page) {
    Map<String, String> tags = new HashMap<>();
    for (Element m : page.getElementsByTag("meta")) {
      String content = m.hasAttr("content") ? m.attr("content").strip() : "";
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          tags.putIfAbsent(key, content);
        }
      }
    }
    return tags;
  }

  private static String title(Document page, Map<String, String> meta, JsonLd jsonLd, String outlet) {
    String title = first(meta.get("og:title"), meta.get("twitter:title"), jsonLd.articleField("headline").orElse(null));
    if (title == null) {
      Element h1 = page.body() == null ? null : page.body().selectFirst("h1");
      title = h1 == null ? null : blankToNull(h1.text());
    }
    if (title == null) {
      title = withoutSiteName(page.title(), outlet);
    }
    return title == null ? null : title.strip();
  }

  /** "Storm hits coast | The Daily" gives "Storm hits coast" when the tail is the site, or shorter than the head. */
  private static String withoutSiteName(String title, String outlet) {
    String t = blankToNull(title);
    if (t == null) {
      return null;
    }
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int cut = -1;
    while (m.find()) {
      cut = m.start();
    }
    if (cut > 0) {
      String tail = t.substring(cut).replaceFirst("^\\s+[|\\-–—:·»]\\s+", "");
      if (outlet != null && tail.equalsIgnoreCase(outlet) || tail.length() * 2 < cut) {
        return t.substring(0, cut).strip();
      }
    }
    return t;
  }

  private static Instant published(Document page, Map<String, String> meta, JsonLd jsonLd, String url) {
    for (String key : PUBLISHED_KEYS) {
      Optional<Instant> d = plausibleDate(meta.get(key));
      if (d.isPresent()) {
        return d.get();
      }
    }
    Optional<Instant> d = jsonLd.articleField("datePublished").flatMap(MetadataReader::plausibleDate);
    if (d.isPresent()) {
      return d.get();
    }
    for (Element e : page.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
      String value = first(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")), blankToNull(e.text()));
      d = plausibleDate(value);
      if (d.isPresent()) {
        return d.get();
      }
    }
    d = urlDate(url);
    if (d.isEmpty() && !page.location().equals(url)) {
      d = urlDate(page.location());
    }
    return d.or(() -> visibleDateline(page)).orElse(null);
  }

  /**
   * A date as metadata writes it, unless it is a placeholder: templates fill empty date fields with the year 1
   * or the Unix epoch, and no news page was published before 1900 or after tomorrow.
   */
  static Optional<Instant> plausibleDate(String value) {
    return PublicationDates.parse(value).filter(MetadataReader::plausible);
  }

  private static boolean plausible(Instant d) {
    return d.isAfter(EARLIEST) && !d.equals(Instant.EPOCH) && d.isBefore(Instant.now().plus(1, ChronoUnit.DAYS));
  }

  static Optional<Instant> urlDate(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A date written in a small box named for dates or bylines: "Posted July 9, 2018 at 10:14". */
  private static Optional<Instant> visibleDateline(Document page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    int looked = 0;
    for (Element e : page.body().getAllElements()) {
      if (looked >= MAX_DATELINE_BOXES) {
        break;
      }
      String names = e.className() + " " + e.id();
      if (names.isBlank() || !DATE_NAMES.matcher(names).find()) {
        continue;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > 200) {
        continue;
      }
      looked++;
      Optional<Instant> d = PublicationDates.findDate(text).filter(MetadataReader::plausible);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static String author(Document page, Map<String, String> meta, JsonLd jsonLd) {
    for (String key : AUTHOR_KEYS) {
      String v = meta.get(key);
      if (v != null && !v.startsWith("http")) {
        return v;
      }
    }
    Optional<String> fromJson = jsonLd.articleName("author");
    if (fromJson.isPresent()) {
      return fromJson.get();
    }
    Element byline = page.body() == null ? null
        : page.body().selectFirst("[rel=author], [itemprop=author], [class~=(?i)byline|author-name]");
    if (byline != null) {
      String text = byline.text().replaceFirst("(?i)^\\s*by\\s+", "").strip();
      if (!text.isEmpty() && text.length() <= 100) {
        return text;
      }
    }
    return null;
  }

  private static String outlet(Map<String, String> meta, JsonLd jsonLd, String url) {
    String name = first(meta.get("og:site_name"), jsonLd.articleName("publisher").orElse(null),
        meta.get("application-name"));
    if (name != null) {
      return name;
    }
    String host = host(url);
    return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String canonicalUrl(Document page, Map<String, String> meta) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String url = canonical == null ? null : blankToNull(canonical.absUrl("href"));
    if (url == null && canonical != null && canonical.attr("href").startsWith("http")) {
      url = canonical.attr("href").strip();
    }
    if (url == null) {
      String og = meta.get("og:url");
      url = og != null && og.startsWith("http") ? og : null;
    }
    return url != null ? url : blankToNull(page.location());
  }

  private static String language(Document page, Map<String, String> meta) {
    Element html = page.selectFirst("html");
    String declared = html == null ? null : first(blankToNull(html.attr("lang")), blankToNull(html.attr("xml:lang")));
    declared = first(declared, meta.get("content-language"), meta.get("og:locale"), meta.get("language"));
    if (declared == null) {
      return null;
    }
    Matcher m = LANGUAGE.matcher(declared.strip().split("[,; ]")[0]);
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
