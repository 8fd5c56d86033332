package io.newsdesk.eval.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one run of the extraction benchmark.
 *
 * @param scores       F1, precision, recall and accuracy over all pages, as {@code evaluate.py} computes them
 * @param pages        per-page results, in ground-truth order
 * @param seconds      time spent decoding, parsing and extracting all pages, once the JVM is warm
 * @param coldSeconds  the same on the first pass, JVM cold, scoring included
 * @param outputFile   where the predictions were written, in the benchmark's format
 */
public record ExtractionReport(ShingleMatching.Scores scores, List<PageResult> pages, double seconds,
                               double coldSeconds, Path outputFile) {

  public ExtractionReport {
    pages = List.copyOf(pages);
  }

  public double pagesPerSecond() {
    return seconds > 0 ? pages.size() / seconds : Double.POSITIVE_INFINITY;
  }

  public long pagesWithDateMarkup() {
    return pages.stream().filter(PageResult::hasDateMarkup).count();
  }

  /** Pages whose markup carries a date and for which newsdesk found one. */
  public long datedPagesWithDateMarkup() {
    return pages.stream().filter(p -> p.hasDateMarkup() && p.published() != null).count();
  }

  /** Pages with a day in their address for which a date was found. */
  public long datedPagesWithUrlDate() {
    return pages.stream().filter(p -> p.urlDate() != null && p.published() != null).count();
  }

  /** ... and whose date found is that day, give or take one. */
  public long datesAgreeingWithUrl() {
    return pages.stream().filter(PageResult::agreesWithUrlDate).count();
  }

  public long datedPages() {
    return pages.stream().filter(p -> p.published() != null).count();
  }

  /** The line {@code newsdesk eval} ends with. */
  public String summaryLine() {
    return String.format(Locale.ROOT, "extraction: f1=%.3f precision=%.3f recall=%.3f pages_per_s=%.0f",
        scores.f1(), scores.precision(), scores.recall(), pagesPerSecond());
  }
}
