package io.newsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code newsdesk} command: one subcommand per job. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, version = "newsdesk 0.1.0",
    description = "Turns a flood of overlapping news articles into a sourced record of events.",
    subcommands = {DigestCommand.class, ExtractCommand.class, IngestCommand.class, ServeCommand.class,
        EvalCommand.class, TrainCommand.class, BenchCommand.class, LoadtestCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: newsdesk digest samples/)");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code, without exiting: tests call this. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with newsdesk's error handling, ready to execute. */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        // Bad usage gets one line, as the product promises, not the whole usage text.
        .setParameterExceptionHandler((e, argv) -> {
          e.getCommandLine().getErr().println(e.getCommandLine().getCommandSpec().qualifiedName() + ": "
              + e.getMessage() + " (see --help)");
          return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        })
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("newsdesk: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        });
  }
}
