package io.newsdesk.cli;

import io.newsdesk.bench.Benchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Generates a seeded corpus and prints the articles/s of each stage and end to end (medians), "
        + "peak heap and resident memory, reuse detection at two corpus sizes and the first-output latency of "
        + "digest on the seeds. The last line reads bench: metric=value ...")
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "10000", description = "Size of the corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs per stage, after a warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--reuse-sizes", split = ",", defaultValue = "10000,100000",
      description = "Corpus sizes at which reuse detection is timed (default: ${DEFAULT-VALUE}).")
  List<Integer> reuseSizes;

  @Option(names = "--stream-articles", defaultValue = "100000", description = "Articles clustered as one stream, "
      + "all in the live window, for speed and heap; 0 skips it (default: ${DEFAULT-VALUE}).")
  int streamArticles;

  @Option(names = "--stream-embedded-articles", defaultValue = "5000", description = "Articles of the same stream "
      + "with sentence embeddings on; 0 skips it (default: ${DEFAULT-VALUE}).")
  int streamEmbeddedArticles;

  @Option(names = "--keep", paramLabel = "DIR", description = "Keep the generated corpus in DIR (default: a "
      + "temporary folder, deleted afterwards).")
  Path keep;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "../shared/samples/seeds",
      description = "The seed articles whose digest latency is timed (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "The shared data folder whose real articles (ECB+, Giveme5W1H, the stories set, LGL, the "
          + "extraction benchmark's HTML) are timed beside the generated ones, replicated to --articles; "
          + "\"none\" times generated articles only (default: ${DEFAULT-VALUE}).")
  String data;

  @Option(names = "--engine", defaultValue = "single", paramLabel = "single|spark",
      description = "spark: only the digest of the generated corpus, on one machine and by the Spark job at "
          + "local[1] and local[2], with articles/s and B3 F1 of Spark's events against one machine's "
          + "(default: ${DEFAULT-VALUE}, the benchmarks above).")
  String engine;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Options.require(spec, articles >= 100, "--articles must be at least 100, got " + articles);
    Options.require(spec, runs >= 1, "--runs must be at least 1, got " + runs);
    Options.require(spec, streamArticles >= 0 && streamEmbeddedArticles >= 0, "--stream-articles and "
        + "--stream-embedded-articles must not be negative");
    Options.require(spec, reuseSizes.stream().allMatch(n -> n >= 100), "--reuse-sizes must each be at least 100");
    Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("newsdesk-bench-");
    Options.require(spec, engine.equals("single") || engine.equals("spark"),
        "--engine must be single or spark, got " + engine);
    SparkEngine spark = SparkEngine.located();
    Options.require(spec, engine.equals("single") || spark.missing() == null, String.valueOf(spark.missing()));
    Path jar = jarOfThisCommand();
    try {
      if (engine.equals("spark")) {
        new SparkBench(spec.commandLine().getOut(), spark).run(articles, runs, seed, work,
            List.of("local[1]", "local[2]"), data.equals("none") ? null : Path.of(data));
        return 0;
      }
      new Benchmark(spec.commandLine().getOut(), new StderrProgress(spec.commandLine().getErr()))
          .run(new Benchmark.Settings(articles, runs, seed, reuseSizes, work, jar, seeds, streamArticles,
              streamEmbeddedArticles, data.equals("none") ? null : Path.of(data)));
    } finally {
      if (keep == null) {
        delete(work);
      }
    }
    return 0;
  }

  /** The jar this command runs from, for timing a fresh digest; null when run from classes (tests). */
  private static Path jarOfThisCommand() {
    try {
      Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") ? p : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
