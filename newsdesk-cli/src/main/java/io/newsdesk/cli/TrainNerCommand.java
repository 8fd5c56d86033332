package io.newsdesk.cli;

import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.eval.ner.NerTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsdesk train ner}: trains the named-entity recogniser on the shared data and writes the model. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Trains the named-entity recogniser (PER/ORG/LOC) on GUM and UNER English-EWT, prints the "
        + "training time and tuning figures, and writes the model.")
final class TrainNerCommand implements Callable<Integer> {

  static final Path DEFAULT_OUT =
      Path.of("newsdesk-core/src/main/resources/io/newsdesk/core/language/ner/ner-model.bin.gz");

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "The entity data folder, e.g. ../shared/data/ner. It is only read.")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out = DEFAULT_OUT;

  @Option(names = "--epochs", paramLabel = "N",
      description = "Training passes; 0 (the default) chooses them on the tuning part of the training documents.")
  int epochs;

  @Override
  public Integer call() throws IOException {
    Options.require(spec, Files.isDirectory(data), "--data: no such folder: " + data);
    Options.require(spec, epochs >= 0, "--epochs must be 0 or more");
    WorldGazetteer gazetteer = WorldGazetteer.shared();
    NerTraining.run(data, out, epochs, gazetteer::isWellKnown, spec.commandLine().getOut());
    return 0;
  }
}
