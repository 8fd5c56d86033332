package io.newsdesk.cli;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.ingest.ArticleFilter;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.report.EventJson;
import io.newsdesk.core.report.HtmlReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Reads articles from files and folders (.txt, .json, .jsonl, .html, .htm, .warc, RSS and Atom "
        + "feeds; gzipped HTML and WARC too; mixed) and writes their events "
        + "to DIR/events.json and a readable report to DIR/index.html.")
final class DigestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read.")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "newsdesk-out",
      description = "Where to write events.json and index.html (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threshold", defaultValue = "" + NeighbourGraphClusterer.DEFAULT_THRESHOLD,
      description = "Similarity two articles need to be linked into one event, in (0, 1) (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--window-days", defaultValue = "3",
      description = "Articles more than this many days apart are never linked (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--summary-sentences", defaultValue = "5",
      description = "Most sentences per event summary (default: ${DEFAULT-VALUE}).")
  int summarySentences;

  @Option(names = "--summary-words", defaultValue = "120",
      description = "Most words per event summary (default: ${DEFAULT-VALUE}).")
  int summaryWords;

  @Option(names = "--max-record-size", paramLabel = "MB", defaultValue = "16",
      description = "Largest article record read, in MB; larger files are skipped with a message (default: ${DEFAULT-VALUE}).")
  int maxRecordMb;

  @Option(names = "--rules-only",
      description = "Read names and sentences by the rules alone, without the trained tagger and name typer: faster, "
          + "less accurate (the README gives what each costs).")
  boolean rulesOnly;

  @Mixin
  FilterOptions filters;

  @Option(names = "--engine", defaultValue = "single", paramLabel = "single|spark",
      description = "single: this process (default); spark: the Spark job in local mode, writing DIR/events.jsonl/ "
          + "and DIR/events.parquet/ (see the README for a cluster).")
  String engine;

  @Option(names = "--master", defaultValue = "local[*]",
      description = "With --engine spark: the local master, such as local[2] (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() throws IOException, InterruptedException {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    Options.require(spec, threshold > 0 && threshold < 1, "--threshold must be between 0 and 1, got " + threshold);
    Options.require(spec, windowDays > 0, "--window-days must be positive, got " + windowDays);
    Options.require(spec, summarySentences > 0, "--summary-sentences must be positive, got " + summarySentences);
    Options.require(spec, summaryWords >= CentralitySummarizer.MIN_MAX_WORDS, "--summary-words must be at least "
        + CentralitySummarizer.MIN_MAX_WORDS + ", got " + summaryWords);
    Options.require(spec, maxRecordMb > 0, "--max-record-size must be positive, got " + maxRecordMb);

    Options.require(spec, engine.equals("single") || engine.equals("spark"),
        "--engine must be single or spark, got " + engine);
    if (engine.equals("spark")) {
      return onSpark();
    }
    long started = System.nanoTime();
    Digest digest = new Digest(CorpusReader.standard((long) maxRecordMb << 20), new JunkLineFilter(),
        new NeighbourGraphClusterer(threshold, Duration.ofDays(windowDays)), Gazetteer.countries(), summarySentences,
        summaryWords, !rulesOnly);
    ArticleFilter filter = Options.filter(spec, filters);
    DigestResult result = digest.run(inputs, filter, new StderrProgress(err));
    for (Problem p : result.problems()) {
      err.println(p.outcome() + " " + p);
    }
    if (result.articles() == 0) {
      err.println("newsdesk: no articles found in " + inputs);
      return 1;
    }
    Files.createDirectories(out);
    try (OutputStream json = Files.newOutputStream(out.resolve("events.json"))) {
      new EventJson().writeEvents(result.events(), result.stories(), json);
    }
    Files.writeString(out.resolve("index.html"),
        new HtmlReport().render(result.events(), result.articles(), result.problems()), StandardCharsets.UTF_8);

    long multi = result.events().stream().filter(e -> e.articles().size() > 1).count();
    stdout.printf("Read %d articles from %d files%s.%n", result.articles(), result.read().filesRead(),
        Options.problemCounts(result.problems()));
    if (!result.read().ignoredByExtension().isEmpty()) {
      stdout.println("Ignored files of other types: " + result.read().ignoredByExtension());
    }
    if (!result.read().skippedRecords().isEmpty()) {
      stdout.println("Passed over (not errors): " + new TreeMap<>(result.read().skippedRecords()));
    }
    stdout.printf("Found %d events (%d reported by more than one article) in %.1f s.%n", result.events().size(),
        multi, (System.nanoTime() - started) / 1e9);
    for (Event e : result.events().subList(0, Math.min(5, result.events().size()))) {
      stdout.printf("  %-12s %2d article%s  %s%n", e.start() == null ? "undated" : e.start().toString().substring(0, 10),
          e.articles().size(), e.articles().size() == 1 ? " " : "s", e.headline());
    }
    if (result.events().size() > 5) {
      stdout.printf("  ... and %d more%n", result.events().size() - 5);
    }
    stdout.printf("Wrote %s and %s%n", out.resolve("events.json"), out.resolve("index.html"));
    return 0;
  }

  private int onSpark() throws IOException, InterruptedException {
    Options.require(spec, !rulesOnly, "--rules-only is not available with --engine spark yet");
    Options.require(spec, Options.filter(spec, filters).isNone(), "the filters (--host, --language, --since, "
        + "--until) are not available with --engine spark yet");
    Options.require(spec, master.startsWith("local"), "--master must be local[N] here; use spark-submit for a "
        + "cluster (see the README)");
    SparkEngine spark = SparkEngine.located();
    Options.require(spec, spark.missing() == null, String.valueOf(spark.missing()));
    List<String> job = new java.util.ArrayList<>(List.of("--out", out.toString(), "--threshold", "" + threshold,
        "--window-days", "" + windowDays, "--summary-sentences", "" + summarySentences,
        "--summary-words", "" + summaryWords,
        "--max-record-size", "" + maxRecordMb));
    inputs.forEach(p -> job.add(p.toString()));
    return spark.run(master, job, "2g");
  }
}
