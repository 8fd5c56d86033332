package io.newsdesk.eval.summary;

import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code newsdesk eval summary}: 5W1H coverage and support of event summaries on Giveme5W1H, beside baselines, and
 * ROUGE against GUM's reference summaries when GUM lies beside it; dev and test side by side.
 */
public final class SummaryTask implements EvalTask {

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public String description() {
    return "event summaries: who/what/when/where coverage, supported sentences, redundancy and length on "
        + "Giveme5W1H, beside lead and centroid baselines; ROUGE against GUM's references beside the lead; "
        + "dev and test";
  }

  @Override
  public void checkData(Path data) {
    if (!Files.isDirectory(data.resolve("data")) && !Files.isDirectory(data)) {
      throw new IllegalArgumentException(data + " does not hold the Giveme5W1H set (a data/ folder of JSON files)");
    }
    if (!Files.isDirectory(data.resolve("data")) && !data.getFileName().toString().equals("data")) {
      throw new IllegalArgumentException(data + " does not hold the Giveme5W1H set (a data/ folder of JSON files)");
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new SummaryEvaluation().run(data, out);
  }
}
