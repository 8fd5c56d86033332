package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which articles a run wants: from some hosts, in some languages, published within some dates. Applied as
 * articles are read, before any later stage; a WARC reader also asks about an address before extracting its
 * page. An empty set or a null date means no limit. With a host filter, an article without an address is
 * left out; with a date filter, an undated one is.
 *
 * @param hosts     hosts wanted, lowercase, without "www."; a host also matches its subdomains
 * @param languages ISO 639-1 codes wanted
 * @param since     earliest publication time wanted, inclusive
 * @param until     latest publication time wanted, exclusive
 */
public record ArticleFilter(Set<String> hosts, Set<String> languages, Instant since, Instant until) {

  public static final ArticleFilter NONE = new ArticleFilter(Set.of(), Set.of(), null, null);

  public ArticleFilter {
    hosts = hosts.stream().map(ArticleFilter::bareHost).collect(Collectors.toUnmodifiableSet());
    languages = languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("since must be before until: " + since + ", " + until);
    }
  }

  public boolean isNone() {
    return hosts.isEmpty() && languages.isEmpty() && since == null && until == null;
  }

  /** True when an article at this address may be wanted: cheap, so readers ask before extracting a page. */
  public boolean wantsAddress(String url) {
    if (hosts.isEmpty()) {
      return true;
    }
    String host = host(url);
    return host != null && hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
  }

  public boolean accepts(Article a) {
    if (!wantsAddress(a.url() != null ? a.url() : a.id())) {
      return false;
    }
    if (!languages.isEmpty() && !languages.contains(a.language())) {
      return false;
    }
    if (since != null || until != null) {
      Instant t = a.published();
      return t != null && (since == null || !t.isBefore(since)) && (until == null || t.isBefore(until));
    }
    return true;
  }

  private static String host(String url) {
    if (url == null || !url.regionMatches(true, 0, "http", 0, 4)) {
      return null;
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : bareHost(host);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String bareHost(String host) {
    String h = host.toLowerCase(Locale.ROOT).strip();
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
