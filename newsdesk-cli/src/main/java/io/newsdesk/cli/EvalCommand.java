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
        + "reads TASK: metric=value ... --list names the tasks.")
final class EvalCommand implements Callable<Integer> {

  private final EvalTasks tasks = EvalTasks.standard();

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TASK", arity = "0..1", description = "The evaluation to run (see --list).")
  String task;

  @Option(names = "--list", description = "Print the tasks, one per line, with what each measures, and exit.")
  boolean list;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The dataset's folder, e.g. ../shared/data/extraction/article-extraction-benchmark. "
          + "It is only read.")
  Path data;

  @Override
  public Integer call() throws IOException {
    if (list) {
      // the name first on each line, so that scripts can take it with awk '{print $1}'
      for (EvalTask t : tasks.all()) {
        spec.commandLine().getOut().printf("%-12s %s%n", t.name(), t.description());
      }
      return 0;
    }
    Options.require(spec, task != null, "a TASK is required (tasks: " + tasks.names() + ")");
    Options.require(spec, data != null, "--data DIR is required");
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
