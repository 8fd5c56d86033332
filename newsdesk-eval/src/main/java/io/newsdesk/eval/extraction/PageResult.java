package io.newsdesk.eval.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import io.newsdesk.eval.Split;

/**
 * How extraction did on one benchmark page.
 *
 * @param id            the page's id in the benchmark
 * @param counts        shingle matching against the gold text
 * @param exact         whether the extracted text has exactly the gold text's tokens
 * @param published     the publication date newsdesk found, or null
 * @param hasDateMarkup whether the page's markup carries a publication date ({@link DateMarkup})
 * @param urlDate       the day the page's address names ("/2019/11/19/"), or null
 */
public record PageResult(String id, ShingleMatching.Counts counts, boolean exact, Instant published,
                         boolean hasDateMarkup, LocalDate urlDate) {
  public PageResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(counts, "counts");
  }

  /**
   * True when the date found is the address's day, give or take one: the address names the newsroom's local day,
   * the date found is in UTC.
   */
  public boolean agreesWithUrlDate() {
    if (published == null || urlDate == null) {
      return false;
    }
    LocalDate found = published.atZone(ZoneOffset.UTC).toLocalDate();
    return Math.abs(found.toEpochDay() - urlDate.toEpochDay()) <= 1;
  }

  /** The page's part of the fixed split: by a hash of its file name in the benchmark ({@code ID.html.gz}). */
  public Split.Part part() {
    return ExtractionBenchmark.part(id);
  }

  public double f1() {
    double p = counts.precision();
    double r = counts.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
