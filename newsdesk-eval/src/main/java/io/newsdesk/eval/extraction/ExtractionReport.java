package io.newsdesk.eval.extraction;

import io.newsdesk.eval.SplitFigures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one run of the extraction benchmark.
 *
 * @param pages        per-page results, in ground-truth order
 * @param seconds      time spent decoding, parsing and extracting all pages, once the JVM is warm
 * @param coldSeconds  the same on the first pass, JVM cold, scoring included
 * @param outputFile   where the predictions were written, in the benchmark's format
 */
public record ExtractionReport(List<PageResult> pages, double seconds, double coldSeconds, Path outputFile) {

  public ExtractionReport {
    pages = List.copyOf(pages);
  }

  /** F1, precision, recall and accuracy over all pages and per part, as {@code evaluate.py} computes them. */
  public SplitScores splitScores() {
    return SplitScores.of(pages);
  }

  /** The scores over all pages. */
  public ShingleMatching.Scores scores() {
    return splitScores().all();
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

  /** The line {@code newsdesk eval} ends with: test and dev figures, then those over all pages. */
  public String summaryLine() {
    SplitScores s = splitScores();
    return new SplitFigures("extraction")
        .add("f1", s.dev().f1(), s.test().f1())
        .add("precision", s.dev().precision(), s.test().precision())
        .add("recall", s.dev().recall(), s.test().recall())
        .add("pages", s.dev().pages(), s.test().pages())
        .addOther("f1", String.format(Locale.ROOT, "%.3f", s.all().f1()))
        .addOther("pages_per_s", String.format(Locale.ROOT, "%.0f", pagesPerSecond()))
        .toString();
  }
}
