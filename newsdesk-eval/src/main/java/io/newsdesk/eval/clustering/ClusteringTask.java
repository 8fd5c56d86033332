package io.newsdesk.eval.clustering;

import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code newsdesk eval clustering}: events found against a labelled set (ECB+ or Giveme5W1H), per part of the
 * dev/test split and over five seeded arrival orders, beside baselines.
 */
public final class ClusteringTask implements EvalTask {

  @Override
  public String name() {
    return "clustering";
  }

  @Override
  public String description() {
    return "grouping into events: B-cubed and pairwise F1 on ECB+ or Giveme5W1H, dev and test, five arrival orders, "
        + "beside TF-IDF baselines and Carrot2 Lingo (an oracle)";
  }

  @Override
  public void checkData(Path data) {
    boolean ecb = Files.isDirectory(data.resolve("ECB+")) || data.getFileName().toString().equals("ECB+");
    boolean giveme = Files.isDirectory(data.resolve("data")) || isJsonFolder(data);
    if (!Files.isDirectory(data) || !ecb && !giveme) {
      throw new IllegalArgumentException(data + " holds neither ECB+ (an ECB+/ folder) nor the Giveme5W1H set "
          + "(a data/ folder of JSON files)");
    }
  }

  private static boolean isJsonFolder(Path data) {
    try (var files = Files.list(data)) {
      return files.anyMatch(p -> p.toString().endsWith(".json"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new ClusteringEvaluation().run(data, out);
  }
}
