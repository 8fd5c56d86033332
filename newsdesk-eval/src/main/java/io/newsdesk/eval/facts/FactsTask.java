package io.newsdesk.eval.facts;

import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code newsdesk eval facts}: the five Ws and the H of each Giveme5W1H article against its annotations. */
public final class FactsTask implements EvalTask {

  @Override
  public String name() {
    return "facts";
  }

  @Override
  public String description() {
    return "5W1H: per question, token F1 and overlap of the answers against Giveme5W1H's annotations, dev and test";
  }

  @Override
  public void checkData(Path data) {
    if (!Files.isDirectory(data.resolve("data")) && !Files.isDirectory(data)) {
      throw new IllegalArgumentException(data + " holds no Giveme5W1H set (a data/ folder of JSON files)");
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new FactsEvaluation().run(data, out);
  }
}
