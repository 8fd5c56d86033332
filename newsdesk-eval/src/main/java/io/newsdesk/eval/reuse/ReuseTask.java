package io.newsdesk.eval.reuse;

import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code newsdesk eval reuse}: planted passages and reprints in ECB+ text, found or not. */
public final class ReuseTask implements EvalTask {

  @Override
  public String name() {
    return "reuse";
  }

  @Override
  public String description() {
    return "passage reuse and reprints: precision, recall and direction on passages planted in ECB+ (seeded)";
  }

  @Override
  public void checkData(Path data) {
    if (!Files.isDirectory(data.resolve("ECB+")) && !data.getFileName().toString().equals("ECB+")) {
      throw new IllegalArgumentException(data + " holds no ECB+/ folder (the reuse benchmark is made from ECB+)");
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new ReuseEvaluation().run(data, out);
  }
}
