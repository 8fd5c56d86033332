package io.newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** One evaluation of newsdesk against a public dataset, as {@code newsdesk eval TASK --data DIR} runs it. */
public interface EvalTask {

  /** The name the command line knows it by. */
  String name();

  /** One line on what it measures. */
  String description();

  /**
   * Checks that {@code data} holds this task's dataset, before anything runs.
   *
   * @throws IllegalArgumentException naming what is missing
   */
  void checkData(Path data);

  /**
   * Runs the evaluation, printing its figures to {@code out}; the last line reads
   * {@code TASK: metric=value ...}. Progress, if any, goes to {@code err}.
   */
  void run(Path data, PrintWriter out, PrintWriter err) throws IOException;
}
