package io.newsdesk.cli;

import io.newsdesk.core.model.Problem;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** Checks of option values that picocli's types cannot express; a failure is a usage error with one line. */
final class Options {
  private Options() {}

  /** The reading filters, or a usage error naming the option at fault. */
  static io.newsdesk.core.ingest.ArticleFilter filter(CommandSpec spec, FilterOptions options) {
    try {
      return options.filter();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static void require(CommandSpec spec, boolean ok, String message) {
    if (!ok) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  /** " (2 skipped, 1 cut, see stderr)" for a run's problems, or "" when there were none. */
  static String problemCounts(List<Problem> problems) {
    long cut = problems.stream().filter(Problem::kept).count();
    long skipped = problems.size() - cut;
    if (problems.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (skipped > 0) {
      parts.add(skipped + " skipped");
    }
    if (cut > 0) {
      parts.add(cut + " cut to the per-article budget");
    }
    return " (" + String.join(", ", parts) + ", see stderr)";
  }
}
