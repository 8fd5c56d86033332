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
    ShingleMatching.Scores s = report.scores();
    out.printf(Locale.ROOT, "pages: %d, extracted in %.2f s on a warm JVM (%.0f pages/s, one thread, decoding "
        + "and parsing included; %.2f s on the first, cold pass)%n", s.pages(), report.seconds(),
        report.pagesPerSecond(), report.coldSeconds());
    out.printf(Locale.ROOT, "F1 %.3f, precision %.3f, recall %.3f, exact token match %.3f%n", s.f1(),
        s.precision(), s.recall(), s.accuracy());
    out.println("the other systems' outputs in the benchmark, scored by this port of its metric:");
    ExtractionBenchmark benchmark = new ExtractionBenchmark(new ScoringArticleExtractor(), VERSION);
    for (Map.Entry<String, ShingleMatching.Scores> other : benchmark.scoreOtherOutputs(work).entrySet()) {
      ShingleMatching.Scores o = other.getValue();
      out.printf(Locale.ROOT, "  %-22s F1 %.3f, precision %.3f, recall %.3f%n", other.getKey(), o.f1(),
          o.precision(), o.recall());
    }
    long marked = report.pagesWithDateMarkup();
    out.printf(Locale.ROOT, "publication date found for %d of %d pages whose markup carries one (%.1f%%); "
        + "%d of %d pages dated in all%n", report.datedPagesWithDateMarkup(), marked,
        marked == 0 ? 0.0 : 100.0 * report.datedPagesWithDateMarkup() / marked, report.datedPages(), s.pages());
    out.printf(Locale.ROOT, "check: %d of %d dates found for pages with a day in their address fall on that day, "
        + "give or take one for time zones%n", report.datesAgreeingWithUrl(), report.datedPagesWithUrlDate());
    out.println("predictions: " + report.outputFile() + " (score them beside the others with: cd " + work
        + " && python3 evaluate.py)");
    out.println(report.summaryLine());
    out.flush();
  }
}
