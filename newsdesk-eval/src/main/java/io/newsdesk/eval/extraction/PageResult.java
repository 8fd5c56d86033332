package io.newsdesk.eval.extraction;

import java.time.Instant;
import java.util.Objects;

/**
 * How extraction did on one benchmark page.
 *
 * @param id            the page's id in the benchmark
 * @param counts        shingle matching against the gold text
 * @param published     the publication date newsdesk found, or null
 * @param hasDateMarkup whether the page's markup carries a publication date ({@link DateMarkup})
 */
public record PageResult(String id, ShingleMatching.Counts counts, Instant published, boolean hasDateMarkup) {
  public PageResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(counts, "counts");
  }

  public double f1() {
    double p = counts.precision();
    double r = counts.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
