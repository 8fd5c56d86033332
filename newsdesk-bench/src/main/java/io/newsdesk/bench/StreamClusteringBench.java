package io.newsdesk.bench;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraph;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Online clustering of a stream in which every article stays in the live window: generated articles, their
 * times squeezed into two and a half days, are analysed, weighed against the document frequencies seen so far,
 * optionally embedded, and added to a {@link NeighbourGraph} one at a time. The corpus is generated in slices so
 * that what the heap holds is the graph, not the test data.
 */
final class StreamClusteringBench {

  /** The figures of one run. */
  record Result(int articles, int live, int embedded, double perSecond, double heldMb, double peakHeapMb) {}

  private static final int SLICE = 5_000;
  private static final int BATCH = 256;
  private static final Duration SPAN = Duration.ofHours(60);

  private final PrintWriter out;
  private final Progress progress;

  StreamClusteringBench(PrintWriter out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  Result run(int articles, long seed, TextEmbedder embedder) {
    NeighbourGraphClusterer settings = new NeighbourGraphClusterer();
    if (embedder != null) {
      settings = settings.withEmbeddings(embedder, NeighbourGraphClusterer.EMBEDDING_WEIGHT);
    }
    NeighbourGraph graph = settings.stream();
    DocumentFrequencies df = new DocumentFrequencies();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    Instant start = Instant.parse("2025-03-01T00:00:00Z");
    String label = "stream clustering" + (embedder == null ? "" : " with embeddings");

    long before = usedAfterGc();
    HeapSampler sampler = HeapSampler.start();
    long nanos = 0;
    for (int from = 0; from < articles; from += SLICE) {
      int n = Math.min(SLICE, articles - from);
      List<Article> slice = new CorpusGenerator(seed + from).generate(Math.max(n, 100)).articles().subList(0, n);
      List<Document> docs = slice.parallelStream().map(a -> analyzer.analyze(cleaner.clean(a))).toList();
      List<Document> squeezed = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        Document d = docs.get(k);
        long at = (long) ((double) (from + k) / articles * SPAN.toMillis());
        squeezed.add(new Document(d.article().withPublished(start.plusMillis(at)), d.sentences(), d.terms()));
      }
      long t = System.nanoTime();
      for (int b = 0; b < n; b += BATCH) {
        // a stream reaches the graph a batch at a time, the document frequencies growing with it
        List<Document> batch = squeezed.subList(b, Math.min(n, b + BATCH));
        batch.forEach(d -> df.add(d.terms()));
        graph.addAll(batch, df);
      }
      nanos += System.nanoTime() - t;
      progress.update(label, from + n, articles);
    }
    int[] events = graph.events();
    double rate = articles / (nanos / 1e9);
    double held = (usedAfterGc() - before) / 1e6;
    double peak = sampler.peakMb();
    sampler.close();
    long distinct = java.util.Arrays.stream(events).distinct().count();
    String model = embedder == null ? ""
        : String.format(Locale.ROOT, " (the model ran for %,d, %.0f%%; the others borrowed)", graph.embedded(),
            100.0 * graph.embedded() / articles);
    out.printf(Locale.ROOT, "%s: %,d articles%s, %,d live at the end, %,d events: %.0f articles/s; heap held by "
        + "the graph %.0f MB, peak heap %.0f MB%n", label, articles, model, graph.live(), distinct, rate, held, peak);
    out.flush();
    return new Result(articles, graph.live(), graph.embedded(), rate, held, peak);
  }

  /** Heap in use once garbage is collected: what live objects take. */
  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

}
