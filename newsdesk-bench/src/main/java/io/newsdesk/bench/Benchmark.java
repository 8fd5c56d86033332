package io.newsdesk.bench;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.dedup.MinHashReprintDetector;
import io.newsdesk.core.dedup.PassageReuseDetector;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.language.LanguageModels;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.EventAssembler;
import io.newsdesk.core.pipeline.EventGrouper;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.summarize.CentralitySummarizer;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code newsdesk bench}: throughput of each stage and of the whole digest on a generated corpus, as medians over
 * several runs after a warm-up, in one process; peak heap and resident memory; reuse detection at two corpus
 * sizes, whose ratio shows whether it scales with the corpus rather than its square; and the wall time of a
 * fresh {@code digest} of the two seed articles.
 */
public final class Benchmark {

  /** What to run. */
  /**
   * @param streamArticles         articles of the stream clustering run, all in the live window; 0 to skip it
   * @param streamEmbeddedArticles articles of the same run with embeddings on; 0 to skip it
   * @param data                   the shared data folder the real corpus is read from; null for generated only
   */
  public record Settings(int articles, int runs, long seed, List<Integer> reuseSizes, Path work, Path cliJar,
                         Path seeds, int streamArticles, int streamEmbeddedArticles, Path data) {
    public Settings {
      if (articles < 100) {
        throw new IllegalArgumentException("articles must be at least 100: " + articles);
      }
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1: " + runs);
      }
      reuseSizes = List.copyOf(reuseSizes);
      if (streamArticles < 0 || streamEmbeddedArticles < 0) {
        throw new IllegalArgumentException("stream sizes must not be negative");
      }
    }
  }

  /** The figures: articles per second by stage (medians), memory, reuse scaling, seed latency. */
  public record Result(int articles, Map<String, Double> perSecond, double peakHeapMb, double peakRssMb,
                       Map<Integer, Double> reusePerSecond, double seedLatencySeconds) {}

  private final PrintWriter out;
  private final Progress progress;

  public Benchmark(PrintWriter out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  public Result run(Settings s) throws IOException, InterruptedException {
    GeneratedCorpus corpus = new CorpusGenerator(s.seed()).generate(s.articles());
    Path jsonl = Files.createDirectories(s.work().resolve("jsonl"));
    Path html = Files.createDirectories(s.work().resolve("html"));
    new JsonlCorpusWriter().write(corpus, jsonl);
    new HtmlCorpusWriter().write(corpus, html);
    out.printf("corpus: %d articles in %d events (seed %d), written to %s%n", corpus.articles().size(),
        corpus.events().size(), s.seed(), s.work());
    out.flush();

    List<Article> articles = corpus.articles();
    Map<String, Double> rates = stageRates(articles, jsonl, html, true, s.runs());
    double heap = rates.remove(PEAK_HEAP);

    RealCorpus real = s.data() == null ? null : RealCorpus.read(s.data(), out);
    Map<String, Double> realRates = Map.of();
    double realHeap = -1;
    double realWords = 0;
    if (real == null) {
      out.printf("real corpus: none under %s, so only generated articles are timed%n", s.data());
    } else {
      List<Article> replicated = real.replicate(s.articles());
      realWords = replicated.stream().mapToLong(a -> RealCorpus.words(a.text())).sum() / (double) replicated.size();
      Path realJsonl = Files.createDirectories(s.work().resolve("real-jsonl"));
      new JsonlCorpusWriter().write(replicated, realJsonl);
      real.sources().forEach(src -> out.printf(Locale.ROOT, "real corpus: %-26s %5d articles, %6.0f words each%n",
          src.name(), src.articles(), src.words() / (double) src.articles()));
      out.printf(Locale.ROOT, "real corpus: %d originals replicated to %d articles (round k shifted by k periods "
          + "of the set's span + 30 days, ids r<k>/...), %.0f words each%n", real.originals().size(),
          replicated.size(), realWords);
      out.flush();
      realRates = stageRates(replicated, realJsonl, real.htmlPages(), false, s.runs());
      realHeap = realRates.remove(PEAK_HEAP);
    }

    out.printf("%n%-28s %16s %16s %14s%n", "stage", "generated art/s", "real art/s", "real tokens/s");
    for (Map.Entry<String, Double> e : rates.entrySet()) {
      Double r = realRates.get(e.getKey());
      // the extraction row counts the benchmark's own pages, whose length is not the replicated corpus's
      boolean tokens = r != null && !e.getKey().startsWith("read .html");
      out.printf(Locale.ROOT, "%-28s %16.0f %16s %14s%n", e.getKey(), e.getValue(),
          r == null ? "-" : String.format(Locale.ROOT, "%.0f", r),
          tokens ? String.format(Locale.ROOT, "%.0f", r * realWords) : "-");
    }
    out.printf(Locale.ROOT, "language layer (tagger, clause reader, name typer): the facts stage takes %.2f times "
        + "the time of the rules alone on generated articles, %s on real ones%n",
        languageLayerRatio(rates), realRates.isEmpty() ? "n/a"
            : String.format(Locale.ROOT, "%.2f", languageLayerRatio(realRates)));
    out.printf(Locale.ROOT, "peak heap during the text digest: generated %.0f MB, real %s; peak resident memory of "
        + "the process: %s%n", heap, realHeap < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", realHeap),
        peakRssMb() < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", peakRssMb()));
    out.flush();
    LongArticles longs = new LongArticles(out, progress);
    LongArticles.Result longArticles = real == null ? null : longs.run(real, s.work());
    double hugeSeconds = real == null || s.cliJar() == null ? -1 : longs.hugeParagraph(real, s.work(), s.cliJar());

    Map<Integer, Double> reuse = new LinkedHashMap<>();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    for (int size : s.reuseSizes()) {
      progress.update("reuse corpus of " + size, 0, -1);
      List<Document> big = (size == articles.size() ? articles : new CorpusGenerator(s.seed() + size).generate(size)
          .articles()).parallelStream().map(a -> analyzer.analyze(cleaner.clean(a))).toList();
      double rate = median(s.runs(), big.size(), () -> new PassageReuseDetector().detect(big));
      reuse.put(size, rate);
      out.printf(Locale.ROOT, "reuse detection at %,d articles: %.0f articles/s%n", size, rate);
      out.flush();
    }
    if (reuse.size() >= 2) {
      List<Double> r = new ArrayList<>(reuse.values());
      out.printf(Locale.ROOT, "reuse detection, articles/s at the smallest over the largest size: %.2f "
          + "(1 = constant per article; 2 would be the issue's limit)%n", r.get(0) / r.get(r.size() - 1));
    }
    StreamClusteringBench stream = new StreamClusteringBench(out, progress);
    StreamClusteringBench.Result plain = s.streamArticles() > 0 ? stream.run(s.streamArticles(), s.seed(), null) : null;
    StreamClusteringBench.Result embedded = null;
    if (s.streamEmbeddedArticles() > 0) {
      try (TextEmbedder embedder = new MiniLmEmbedder()) {
        embedded = stream.run(s.streamEmbeddedArticles(), s.seed(), embedder);
      }
    }
    double latency = seedLatency(s);
    Result result = new Result(articles.size(), rates, heap, peakRssMb(), reuse, latency);
    StringBuilder last = new StringBuilder(String.format(Locale.ROOT, "bench: articles=%d e2e_text=%.0f e2e_html=%.0f"
            + " html_extraction=%.0f clean=%.0f analyse=%.0f cluster=%.0f events=%.0f peak_heap_mb=%.0f rss_mb=%.0f",
        articles.size(), rates.get("end to end, text (.jsonl)"), rates.get("end to end, HTML"),
        rates.get("read .html (extraction)"), rates.get("clean"), rates.get("analyse"), rates.get("reprints + cluster"),
        rates.get("facts + reuse + summaries"), heap, peakRssMb()));
    if (!realRates.isEmpty()) {
      last.append(String.format(Locale.ROOT, " real_e2e_text=%.0f real_tokens_per_s=%.0f real_cluster=%.0f"
              + " real_events=%.0f real_peak_heap_mb=%.0f", realRates.get("end to end, text (.jsonl)"),
          realRates.get("end to end, text (.jsonl)") * realWords, realRates.get("reprints + cluster"),
          realRates.get("facts + reuse + summaries"), realHeap));
      last.append(String.format(Locale.ROOT, " real_language_layer_ratio=%.2f", languageLayerRatio(realRates)));
    }
    if (longArticles != null) {
      last.append(String.format(Locale.ROOT, " per_word_1mb_over_5kb=%.2f huge_paragraph_s=%s", longArticles.ratio(),
          hugeSeconds < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", hugeSeconds)));
    }
    reuse.forEach((size, rate) -> last.append(String.format(Locale.ROOT, " reuse_%d=%.0f", size, rate)));
    if (plain != null) {
      last.append(String.format(Locale.ROOT, " stream_cluster_%d=%.0f stream_held_mb=%.0f stream_peak_heap_mb=%.0f",
          plain.articles(), plain.perSecond(), plain.heldMb(), plain.peakHeapMb()));
    }
    if (embedded != null) {
      last.append(String.format(Locale.ROOT, " stream_cluster_embeddings_%d=%.0f stream_embedded_share=%.2f"
          + " stream_embeddings_peak_heap_mb=%.0f", embedded.articles(), embedded.perSecond(),
          (double) embedded.embedded() / embedded.articles(), embedded.peakHeapMb()));
    }
    last.append(latency < 0 ? " seed_latency_s=n/a" : String.format(Locale.ROOT, " seed_latency_s=%.2f", latency));
    out.println(last);
    out.flush();
    return result;
  }

  /** Key under which {@link #stageRates} returns the peak heap of the text digest, in MB. */
  private static final String PEAK_HEAP = "peak heap MB";
  /** The facts stage without the language models: the rules they replace, on the same events. */
  private static final String RULES_ALONE = "  the same, rules alone";

  /**
   * Articles per second of each stage and end to end on {@code articles}, written as JSON Lines in {@code jsonl};
   * {@code html} holds HTML pages for the extraction stage, or is null; {@code digestHtml} says whether they are
   * also the same articles as HTML, to be digested end to end. The peak heap of the
   * text digest comes back under {@link #PEAK_HEAP}.
   */
  private Map<String, Double> stageRates(List<Article> articles, Path jsonl, Path html, boolean digestHtml,
      int runs) {
    Map<String, Double> rates = new LinkedHashMap<>();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    List<Article> cleaned = articles.parallelStream().map(cleaner::clean).toList();
    List<Document> docs = cleaned.parallelStream().map(analyzer::analyze).toList();
    EventGrouper grouper = new EventGrouper(new MinHashReprintDetector(), new NeighbourGraphClusterer());
    List<List<Document>> groups = grouper.group(docs).events();
    DocumentFrequencies df = new DocumentFrequencies();
    docs.forEach(d -> df.add(d.terms()));
    // the stage as the digest runs it (the world gazetteer and the language models), and beside it with the
    // models' rules alone, so that what the language layer costs is read off one process
    WorldGazetteer world = WorldGazetteer.load();
    EventAssembler assembler = EventAssembler.standard(Gazetteer.countries(), () -> world,
        LanguageModels.shipped(world::isWellKnown), df, CentralitySummarizer.DEFAULT_MAX_SENTENCES,
        CentralitySummarizer.DEFAULT_MAX_WORDS);
    EventAssembler byRules = EventAssembler.standard(Gazetteer.countries(), () -> world, LanguageModels.none(), df,
        CentralitySummarizer.DEFAULT_MAX_SENTENCES, CentralitySummarizer.DEFAULT_MAX_WORDS);

    Digest digest = Digest.standard(); // built once: the models and gazetteer it loads are not the articles' cost
    rates.put("read .jsonl", median(runs, articles.size(), () -> CorpusReader.standard().read(List.of(jsonl), a -> { })));
    if (html != null) {
      int pages = CorpusReader.standard().read(List.of(html), a -> { }).articles();
      rates.put("read .html (extraction)", median(runs, pages, () -> CorpusReader.standard().read(List.of(html), a -> { })));
    }
    rates.put("clean", median(runs, articles.size(), () -> articles.parallelStream().map(cleaner::clean).toList()));
    rates.put("analyse", median(runs, articles.size(), () -> cleaned.parallelStream().map(analyzer::analyze).toList()));
    rates.put("reprints + cluster", median(runs, articles.size(), () -> grouper.group(docs)));
    double[] facts = alternating(runs, articles.size(),
        () -> groups.parallelStream().map(g -> assembler.assemble(g, List.of())).toList(),
        () -> groups.parallelStream().map(g -> byRules.assemble(g, List.of())).toList());
    rates.put("facts + reuse + summaries", facts[0]);
    rates.put(RULES_ALONE, facts[1]);
    double heap;
    try (HeapSampler sampler = HeapSampler.start()) {
      rates.put("end to end, text (.jsonl)", median(runs, articles.size(),
          () -> digest.run(List.of(jsonl), Progress.NONE)));
      heap = sampler.peakMb();
    }
    if (digestHtml) {
      rates.put("end to end, HTML", median(runs, articles.size(),
          () -> digest.run(List.of(html), Progress.NONE)));
    }
    rates.put(PEAK_HEAP, heap);
    return rates;
  }

  /** How many times as long the facts stage takes with the language models as with the rules alone. */
  private static double languageLayerRatio(Map<String, Double> rates) {
    return rates.get(RULES_ALONE) / rates.get("facts + reuse + summaries");
  }

  /**
   * Median articles per second of two ways to do one stage, timed in turn ({@code a}, {@code b}, {@code a}, ...)
   * after a warm-up of each, so that neither gains from the code the other warmed up or loses to a noisy spell.
   */
  private double[] alternating(int runs, int articles, Supplier<?> a, Supplier<?> b) {
    a.get();
    b.get();
    double[][] rates = new double[2][runs];
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < 2; k++) {
        long t = System.nanoTime();
        if ((k == 0 ? a : b).get() == null) {
          throw new IllegalStateException("a benchmarked stage returned nothing");
        }
        rates[k][i] = articles / ((System.nanoTime() - t) / 1e9);
      }
    }
    return new double[] {median(rates[0]), median(rates[1])};
  }

  private static double median(double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Median articles per second over {@code runs} timed runs, after one untimed warm-up run. */
  private double median(int runs, int articles, Supplier<?> work) {
    work.get();
    double[] rates = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      Object result = work.get();
      rates[i] = articles / ((System.nanoTime() - t) / 1e9);
      if (result == null) {
        throw new IllegalStateException("a benchmarked stage returned nothing");
      }
    }
    return median(rates);
  }

  /**
   * Median wall time of a fresh JVM digesting the seeds, started as the {@code newsdesk} launcher starts it: with the
   * class-data-sharing archive beside the jar ({@code newsdesk.jsa}), which a first, untimed digest writes where it
   * is missing or older than the jar. -1 when the jar or the seeds are missing.
   */
  private double seedLatency(Settings s) throws IOException, InterruptedException {
    if (s.cliJar() == null || !Files.isRegularFile(s.cliJar()) || s.seeds() == null || !Files.isDirectory(s.seeds())) {
      out.println("seed latency: n/a (needs the built CLI jar and the seed articles)");
      return -1;
    }
    Path archive = s.cliJar().resolveSibling("newsdesk.jsa");
    boolean archived = Files.isRegularFile(archive)
        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(s.cliJar())) > 0;
    if (!archived) {
      if (digestSeeds(s, "-XX:ArchiveClassesAtExit=" + archive) < 0) {
        return -1;
      }
      archived = Files.isRegularFile(archive);
    }
    String share = archived ? "-XX:SharedArchiveFile=" + archive : "-Xshare:auto";
    double[] times = new double[3];
    for (int i = 0; i < times.length; i++) {
      times[i] = digestSeeds(s, share);
      if (times[i] < 0) {
        return -1;
      }
    }
    Arrays.sort(times);
    out.printf(Locale.ROOT, "first output of digest on the two seeds, fresh JVM%s: %.2f s (median of 3)%n",
        archived ? " with the class-data archive" : "", times[1]);
    return times[1];
  }

  /** Seconds a fresh JVM with {@code share} (a class-data-sharing option) takes to digest the seeds; -1 on failure. */
  private double digestSeeds(Settings s, String share) throws IOException, InterruptedException {
    Path outDir = Files.createTempDirectory(s.work(), "seeds-");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", share, "-jar", s.cliJar().toString(), "digest", "--out",
        outDir.toString(), s.seeds().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long t = System.nanoTime();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      out.println("seed latency: n/a (the digest of the seeds failed)");
      return -1;
    }
    return (System.nanoTime() - t) / 1e9;
  }

  /** VmHWM from /proc/self/status, in MB, or -1 where there is no such file. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1e3;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
