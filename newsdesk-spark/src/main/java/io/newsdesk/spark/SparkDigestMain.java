package io.newsdesk.spark;

import java.io.PrintWriter;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point, for {@code spark-submit} and for {@code newsdesk digest --engine spark}, which starts it
 * in local mode in a JVM of its own. Writes {@code OUT/events.jsonl/} (one event a line, newest first, the
 * objects of {@code events.json}, each naming its story), {@code OUT/stories.jsonl} (one story a line, newest
 * first, the objects of {@code stories[]}) and {@code OUT/events.parquet/}; the last line on stdout reads
 * {@code spark-digest: articles=... events=... seconds=...}.
 */
@Command(name = "newsdesk-spark", mixinStandardHelpOptions = true,
    description = "Digests articles from any Hadoop file system path (local, hdfs:, s3a:) on Spark and writes "
        + "the events as JSON lines and Parquet.")
public final class SparkDigestMain implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Where to write events.jsonl/, stories.jsonl and events.parquet/ (any Hadoop path; replaced if "
          + "there).")
  String out;

  @Option(names = "--master", description = "Spark master, such as local[2]; by default the one spark-submit gives.")
  String master;

  @Option(names = "--partitions", defaultValue = "0",
      description = "Partitions of the data and its shuffles (default: twice Spark's default parallelism).")
  int partitions;

  @Option(names = "--block-days", defaultValue = "" + SparkDigestSettings.DEFAULT_BLOCK_DAYS,
      description = "Days of articles one clustering task owns (default: ${DEFAULT-VALUE}).")
  int blockDays;

  @Option(names = "--threshold", defaultValue = "0.12", description = "As for digest (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--window-days", defaultValue = "3", description = "As for digest (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--summary-sentences", defaultValue = "5", description = "As for digest (default: ${DEFAULT-VALUE}).")
  int summarySentences;

  @Option(names = "--summary-words", defaultValue = "120", description = "As for digest (default: ${DEFAULT-VALUE}).")
  int summaryWords;

  @Option(names = "--max-record-size", paramLabel = "MB", defaultValue = "16",
      description = "As for digest (default: ${DEFAULT-VALUE}).")
  int maxRecordMb;

  @Option(names = "--quiet-spark", description = "Only Spark's warnings and errors on stderr.")
  boolean quietSpark;

  public static void main(String[] args) {
    if (List.of(args).contains("--quiet-spark")) {
      // before anything starts Log4j, which reads its configuration once
      URL quiet = SparkDigestMain.class.getResource("log4j2-quiet.properties");
      System.setProperty("log4j2.configurationFile", String.valueOf(quiet));
    }
    System.exit(new CommandLine(new SparkDigestMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SparkSession.Builder builder = SparkSession.builder().appName("newsdesk digest")
        .config(NewsdeskKryoRegistrator.configure(new org.apache.spark.SparkConf()));
    if (master != null) {
      builder.master(master).config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int parts = partitions > 0 ? partitions : 2 * jsc.defaultParallelism();
      SparkDigestSettings settings = new SparkDigestSettings(threshold, windowDays, summarySentences, summaryWords,
          (long) maxRecordMb << 20, blockDays, parts);
      long started = System.nanoTime();
      SparkDigest.Result result = new SparkDigest(settings).run(jsc, inputs);
      write(spark, result, out);
      double seconds = (System.nanoTime() - started) / 1e9;
      report(result, seconds, new PrintWriter(System.out, true), System.err);
      return result.articles() == 0 ? 1 : 0;
    } finally {
      spark.stop();
    }
  }

  /** Writes the events as JSON lines and as Parquet under {@code out}, replacing what was there. */
  static void write(SparkSession spark, SparkDigest.Result result, String out) throws java.io.IOException {
    Path jsonl = new Path(out, "events.jsonl");
    FileSystem fs = jsonl.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.delete(jsonl, true);
    result.events().map(AssembledEvent::json).saveAsTextFile(jsonl.toString());
    // the stories are few beside the events and already on the driver: one file, a story a line, newest first
    Path stories = new Path(out, "stories.jsonl");
    io.newsdesk.core.report.EventJson json = new io.newsdesk.core.report.EventJson();
    try (java.io.Writer w = new java.io.OutputStreamWriter(fs.create(stories, true),
        java.nio.charset.StandardCharsets.UTF_8)) {
      for (io.newsdesk.core.story.Story s : result.stories()) {
        w.write(json.storyLine(s));
        w.write('\n');
      }
    }
    StructType schema = new StructType()
        .add("id", DataTypes.StringType, false)
        .add("headline", DataTypes.StringType, true)
        .add("start", DataTypes.TimestampType, true)
        .add("end", DataTypes.TimestampType, true)
        .add("articles", DataTypes.createArrayType(DataTypes.StringType), false)
        .add("json", DataTypes.StringType, false);
    Dataset<Row> rows = spark.createDataFrame(result.events().map(e -> RowFactory.create(e.id(), e.headline(),
        e.start() == null ? null : java.sql.Timestamp.from(e.start()),
        e.end() == null ? null : java.sql.Timestamp.from(e.end()), e.articleIds().toArray(new String[0]), e.json())),
        schema);
    rows.write().mode(SaveMode.Overwrite).parquet(new Path(out, "events.parquet").toString());
  }

  private void report(SparkDigest.Result result, double seconds, PrintWriter stdout, java.io.PrintStream err) {
    result.problems().forEach(p -> err.println("skipped " + p));
    long events = result.events().count();
    long multi = result.events().filter(e -> e.articleIds().size() > 1).count();
    stdout.printf("Read %d articles from %d files%s.%n", result.articles(), result.files(),
        result.skipped() == 0 ? "" : " (" + result.skipped() + " skipped, see stderr)");
    Map<String, Integer> ignored = result.ignoredByExtension();
    if (!ignored.isEmpty()) {
      stdout.println("Ignored files of other types: " + new java.util.TreeMap<>(ignored));
    }
    stdout.printf("Found %d events (%d reported by more than one article).%n", events, multi);
    stdout.printf("Linked them into %d stories.%n", result.stories().size());
    stdout.printf("Wrote %s, %s and %s%n", new Path(out, "events.jsonl"), new Path(out, "stories.jsonl"),
        new Path(out, "events.parquet"));
    StringBuilder steps = new StringBuilder("Steps:");
    result.stageTimes().forEach((step, took) -> steps.append(String.format(Locale.ROOT, " %s %.1f s,", step,
        took.toMillis() / 1000.0)));
    err.println(steps.substring(0, steps.length() - 1)); // where the time goes, beside Spark's own log
    stdout.printf(Locale.ROOT, "spark-digest: articles=%d events=%d seconds=%.3f%n", result.articles(), events,
        seconds);
  }
}
