package io.newsdesk.cli;

import io.newsdesk.eval.EvalTask;
import io.newsdesk.eval.EvalTasks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Runs one evaluation of newsdesk against a public dataset and prints its figures; the last line "
        + "reads TASK: metric=value ... Tasks: extraction (HTML article extraction, article-extraction benchmark).")
final class EvalCommand implements Callable<Integer> {

  private final EvalTasks tasks = EvalTasks.standard();

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TASK", description = "The evaluation to run: extraction.")
  String task;

  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "The dataset's folder, e.g. ../shared/data/extraction/article-extraction-benchmark. "
          + "It is only read.")
  Path data;

  @Override
  public Integer call() throws IOException {
    EvalTask chosen = tasks.named(task).orElse(null);
    Options.require(spec, chosen != null, "unknown task \"" + task + "\" (tasks: " + tasks.names() + ")");
    try {
      chosen.checkData(data);
    } catch (IllegalArgumentException e) {
      Options.require(spec, false, "--data: " + e.getMessage());
    }
    chosen.run(data, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
