package io.newsdesk.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** Checks of option values that picocli's types cannot express; a failure is a usage error with one line. */
final class Options {
  private Options() {}

  static void require(CommandSpec spec, boolean ok, String message) {
    if (!ok) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }
}
