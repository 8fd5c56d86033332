package io.newsdesk.cli;

import io.newsdesk.core.ingest.ArticleFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The filters every reading command takes, applied as articles are read, before any other work. */
final class FilterOptions {

  @Option(names = "--host", split = ",", paramLabel = "HOST",
      description = "Only articles whose address is on these hosts (and their subdomains), e.g. --host bbc.co.uk.")
  List<String> hosts = List.of();

  @Option(names = "--language", split = ",", paramLabel = "CODE",
      description = "Only articles in these languages (ISO 639-1 codes such as en, fr).")
  List<String> languages = List.of();

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only articles published on or after this day (YYYY-MM-DD, UTC).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "Only articles published on or before this day (YYYY-MM-DD, UTC).")
  LocalDate until;

  /** The filter these options describe; a usage error names the option when they contradict each other. */
  ArticleFilter filter() {
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " is before --since " + since);
    }
    return new ArticleFilter(Set.copyOf(hosts), Set.copyOf(languages),
        since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant(),
        until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
