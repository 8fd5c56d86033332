package io.newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.bench.CorpusGenerator;
import io.newsdesk.bench.JsonlCorpusWriter;
import io.newsdesk.bench.RealCorpus;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.eval.clustering.ClusterScores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code newsdesk bench --engine spark}: a generated corpus, and the real one ({@link RealCorpus}, unless
 * {@code --data none}), each digested by the single-machine digest and by the Spark job at local[1] and local[2],
 * with articles/s of each and the B-cubed F1 of Spark's events against the single machine's. The single machine's time is the median of timed runs after a warm-up; each Spark run is a
 * fresh JVM, timed by the job from reading to written output (Spark's own start, a few seconds, left out).
 */
final class SparkBench {

  private static final Pattern JOB_LINE = Pattern.compile("spark-digest: articles=(\\d+) events=(\\d+) seconds=([0-9.]+)");

  private final PrintWriter out;
  private final SparkEngine engine;

  SparkBench(PrintWriter out, SparkEngine engine) {
    this.out = out;
    this.engine = engine;
  }

  /** @param data the shared data folder of the real corpus; null times the generated corpus alone */
  void run(int articles, int runs, long seed, Path work, List<String> masters, Path data)
      throws IOException, InterruptedException {
    Path jsonl = work.resolve("jsonl");
    new JsonlCorpusWriter().write(new CorpusGenerator(seed).generate(articles), jsonl);
    out.printf("Corpus: %d generated articles (seed %d) as JSON lines in %s%n", articles, seed, jsonl);
    StringBuilder last = new StringBuilder(String.format(Locale.ROOT, "bench: engine=spark articles=%d", articles));
    compare(jsonl, "", runs, work.resolve("generated"), masters, last);
    if (data != null) {
      RealCorpus real = RealCorpus.read(data, out);
      Path realJsonl = work.resolve("real-jsonl");
      new JsonlCorpusWriter().write(real.replicate(articles), realJsonl);
      out.printf(Locale.ROOT, "Corpus: %d real articles (%d originals replicated) as JSON lines in %s%n", articles,
          real.originals().size(), realJsonl);
      compare(realJsonl, "real_", runs, work.resolve("real"), masters, last);
    }
    out.println(last);
  }

  /** One corpus: the single machine, then each Spark master; its figures appended to {@code last}. */
  private void compare(Path jsonl, String prefix, int runs, Path work, List<String> masters, StringBuilder last)
      throws IOException, InterruptedException {

    Digest digest = Digest.standard(); // built once: its gazetteer and models are not the articles' cost
    digest.run(List.of(jsonl), Progress.NONE); // warm-up
    List<Double> seconds = new ArrayList<>();
    DigestResult single = null;
    for (int r = 0; r < runs; r++) {
      long t = System.nanoTime();
      single = digest.run(List.of(jsonl), Progress.NONE);
      seconds.add((System.nanoTime() - t) / 1e9);
    }
    seconds.sort(null);
    double singleSeconds = seconds.get(seconds.size() / 2);
    List<List<String>> reference = single.events().stream()
        .map(e -> e.articles().stream().map(Article::id).toList()).toList();

    out.printf("%-16s %9s %8s %10s %7s %11s%n", "engine", "articles", "seconds", "articles/s", "events", "B3 F1");
    out.printf(Locale.ROOT, "%-16s %9d %8.1f %10.0f %7d %11s%n", "single machine", single.articles(), singleSeconds,
        single.articles() / singleSeconds, single.events().size(), "(reference)");
    last.append(String.format(Locale.ROOT, " %ssingle_articles_per_s=%.0f", prefix,
        single.articles() / singleSeconds));
    for (String master : masters) {
      Path result = work.resolve("spark-" + master.replaceAll("[^a-z0-9]", ""));
      Matcher job = runJob(master, jsonl, result);
      long n = Long.parseLong(job.group(1));
      double s = Double.parseDouble(job.group(3));
      double f1 = ClusterScores.agreement(readEvents(result), reference).bcubedF1();
      out.printf(Locale.ROOT, "%-16s %9d %8.1f %10.0f %7s %11.5f%n", "spark " + master, n, s, n / s, job.group(2), f1);
      String key = master.replaceAll("[^a-z0-9]", "");
      last.append(String.format(Locale.ROOT, " %s%s_articles_per_s=%.0f %s%s_bcubed_f1=%.5f", prefix, key, n / s,
          prefix, key, f1));
    }
  }

  private Matcher runJob(String master, Path jsonl, Path result) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(engine.command(master, List.of("--out", result.toString(), jsonl.toString()), "2g"))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Matcher found = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher m = JOB_LINE.matcher(line);
        if (m.find()) {
          found = m;
        }
      }
    }
    if (p.waitFor() != 0 || found == null) {
      throw new IOException("the Spark job at " + master + " failed (exit " + p.exitValue() + "); see stderr");
    }
    return found;
  }

  /** The articles of each event the job wrote to {@code OUT/events.jsonl/}. */
  private static List<List<String>> readEvents(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<List<String>> events = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("events.jsonl"))) {
      for (Path part : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          List<String> ids = new ArrayList<>();
          for (JsonNode a : json.readTree(line).get("articles")) {
            ids.add(a.get("id").asText());
          }
          events.add(ids);
        }
      }
    }
    return events;
  }
}
