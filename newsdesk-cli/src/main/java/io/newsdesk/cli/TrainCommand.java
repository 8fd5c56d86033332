package io.newsdesk.cli;

import io.newsdesk.core.classify.SectionModel;
import io.newsdesk.core.embed.OnnxEncoder;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.core.language.ner.NameWords;
import io.newsdesk.core.language.ner.PerceptronEntityRecognizer;
import io.newsdesk.core.language.ner.PlaceNames;
import io.newsdesk.core.language.ner.WordClusters;
import io.newsdesk.core.language.ner.PerceptronNameTyper;
import io.newsdesk.eval.categories.CategoryTraining;
import io.newsdesk.eval.ner.NameTyperTraining;
import io.newsdesk.eval.ner.NerTraining;
import io.newsdesk.eval.ner.WordClusterBuilder;
import io.newsdesk.eval.syntax.TaggerTraining;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains one of newsdesk's models from a dataset, prints its figures and writes the model "
        + "(by default over the one in the source tree, so that the next build ships it).")
final class TrainCommand implements Callable<Integer> {

  /** One trainable model: where its trained file goes by default, and how it is trained. */
  private record Trainable(String defaultOut, Trainer trainer) {}

  @FunctionalInterface
  private interface Trainer {
    void train(Path data, Path out, PrintWriter print) throws IOException;
  }

  /** The models, by task name: one line each. */
  private static final Map<String, Trainable> TASKS = new LinkedHashMap<>();

  static {
    TASKS.put("tagger", new Trainable("newsdesk-core/src/main/resources/io/newsdesk/core/language/pos-tagger.bin.gz",
        (data, out, print) -> new TaggerTraining().run(data, out, print)));
    TASKS.put("headline-tagger", new Trainable(
        "newsdesk-core/src/main/resources/io/newsdesk/core/language/" + PerceptronTagger.HEADLINE_RESOURCE,
        (data, out, print) -> TaggerTraining.forHeadlines().run(data, out, print)));
    // the number of passes is chosen on the tuning part of the training documents (epochs 0)
    TASKS.put("ner", new Trainable("newsdesk-core/src/main/resources/io/newsdesk/core/language/ner/ner-model.bin.gz",
        (data, out, print) -> {
          try (OnnxEncoder words = new OnnxEncoder(PerceptronEntityRecognizer.WORD_VECTORS,
              PerceptronEntityRecognizer.WORD_PIECES, Runtime.getRuntime().availableProcessors())) {
            NerTraining.run(data, out, 0, new PerceptronEntityRecognizer.Resources(places(WorldGazetteer.load()),
                WordClusters.load(), PerceptronTagger.load(), NameWords.load(), words), print);
          }
        }));
    // built from the MiniLM model alone: --data is not read; retrain ner after it
    TASKS.put("word-clusters", new Trainable(
        "newsdesk-core/src/main/resources/io/newsdesk/core/language/ner/word-clusters.bin.gz",
        (data, out, print) -> WordClusterBuilder.run(out, print)));
    TASKS.put("typer", new Trainable(
        "newsdesk-core/src/main/resources/io/newsdesk/core/language/ner/" + PerceptronNameTyper.RESOURCE,
        (data, out, print) -> NameTyperTraining.run(data, out, WorldGazetteer.load()::isWellKnown, print)));
    TASKS.put("categories", new Trainable(
        "newsdesk-core/src/main/resources/io/newsdesk/core/classify/" + SectionModel.RESOURCE,
        CategoryTraining::run));
  }

  /** The gazetteer as the recogniser reads it: well-known places, and every place as a weaker hint. */
  private static PlaceNames places(WorldGazetteer gazetteer) {
    return PlaceNames.of(gazetteer::isWellKnown, gazetteer::isPlaceName);
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TASK", description = "The model to train: ${COMPLETION-CANDIDATES}.",
      completionCandidates = TaskNames.class)
  String task;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The training data: ../shared/data/ner (the taggers also take ../shared/data/ner/gum; categories "
          + "takes ../shared/data/stories/news-cluster). It is only read. Required except for word-clusters, which "
          + "reads only the MiniLM model.")
  Path data;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the model (default: its resource in the source tree, relative to the current "
          + "folder: run from the project's root).")
  Path out;

  /** The task names, for --help. */
  static final class TaskNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return TASKS.keySet().iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    Trainable chosen = TASKS.get(task);
    Options.require(spec, chosen != null, "unknown task \"" + task + "\" (tasks: " + String.join(", ", TASKS.keySet())
        + ")");
    Options.require(spec, data != null || task.equals("word-clusters"), "--data DIR is required for " + task);
    Path target = out != null ? out : Path.of(chosen.defaultOut());
    try {
      chosen.trainer().train(data, target, spec.commandLine().getOut());
    } catch (IllegalArgumentException e) {
      Options.require(spec, false, e.getMessage());
    }
    return 0;
  }
}
