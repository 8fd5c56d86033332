package io.newsdesk.eval.extraction;

import io.newsdesk.core.ingest.html.ScoringArticleExtractor;
import io.newsdesk.eval.EvalTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsdesk eval extraction}: newsdesk's HTML article extraction on the article-extraction benchmark,
 * scored with the benchmark's own metric, and the share of pages with a dated markup for which a publication
 * date was found.
 */
public final class ExtractionTask implements EvalTask {

  static final String VERSION = "0.1.0";

  @Override
  public String name() {
    return "extraction";
  }

  @Override
  public String description() {
    return "article body extraction from HTML: token-shingle F1 of the article-extraction benchmark";
  }

  @Override
  public void checkData(Path data) {
    ExtractionBenchmark.checkDataFolder(data);
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) throws IOException {
    Path work = Files.createTempDirectory("newsdesk-extraction-");
    err.println("copying the benchmark to " + work + " and extracting its pages...");
    err.flush();
    ExtractionReport report = new ExtractionBenchmark(new ScoringArticleExtractor(), VERSION).run(data, work);
    SplitScores s = report.splitScores();
    out.printf(Locale.ROOT, "pages: %d (dev %d, test %d: split by a hash of each page's file name), extracted in "
        + "%.2f s on a warm JVM (%.0f pages/s, one thread, decoding and parsing included; %.2f s on the first, cold "
        + "pass)%n", s.all().pages(), s.dev().pages(), s.test().pages(), report.seconds(), report.pagesPerSecond(),
        report.coldSeconds());
    out.printf("%-24s %-30s %-30s %s%n", "system", "dev: F1 / P / R", "test: F1 / P / R", "all pages: F1");
    row(out, "newsdesk", s);
    ExtractionBenchmark benchmark = new ExtractionBenchmark(new ScoringArticleExtractor(), VERSION);
    for (Map.Entry<String, SplitScores> other : benchmark.scoreOtherOutputs(work).entrySet()) {
      row(out, other.getKey(), other.getValue());
    }
    out.printf(Locale.ROOT, "newsdesk exact token match: dev %.3f, test %.3f%n", s.dev().accuracy(),
        s.test().accuracy());
    long marked = report.pagesWithDateMarkup();
    out.printf(Locale.ROOT, "publication date found for %d of %d pages whose markup carries one (%.1f%%); "
        + "%d of %d pages dated in all%n", report.datedPagesWithDateMarkup(), marked,
        marked == 0 ? 0.0 : 100.0 * report.datedPagesWithDateMarkup() / marked, report.datedPages(), s.all().pages());
    out.printf(Locale.ROOT, "check: %d of %d dates found for pages with a day in their address fall on that day, "
        + "give or take one for time zones%n", report.datesAgreeingWithUrl(), report.datedPagesWithUrlDate());
    out.println("predictions: " + report.outputFile() + " (score them beside the others with: cd " + work
        + " && python3 evaluate.py)");
    out.println(report.summaryLine());
    out.flush();
  }

  private static void row(PrintWriter out, String system, SplitScores s) {
    out.printf(Locale.ROOT, "%-24s %-30s %-30s %.3f%n", system, figures(s.dev()), figures(s.test()), s.all().f1());
  }

  private static String figures(ShingleMatching.Scores s) {
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.f1(), s.precision(), s.recall());
  }
}
