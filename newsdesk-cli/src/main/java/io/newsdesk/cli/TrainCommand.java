package io.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdesk train TASK}: trains one of newsdesk's models from data; one subcommand per model. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains one of newsdesk's models from public data and writes it.",
    subcommands = {TrainNerCommand.class})
final class TrainCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a model to train is required (ner)");
  }
}
