package io.newsdesk.cli;

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
}
