package io.newsdesk.bench;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.eval.data.EcbPlus;
import io.newsdesk.eval.data.Giveme5W1H;
import io.newsdesk.eval.data.Lgl;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Real news for the benchmark, read at run time from the shared data folder (nothing of it is copied into
 * newsdesk): ECB+, Giveme5W1H, the stories set, LGL's local news and the extraction benchmark's HTML pages,
 * whichever are present. Generated articles are short and regular; these are the lengths, names and sentence
 * shapes that users feed newsdesk.
 *
 * <p>Replicated to size: round {@code k} is the whole set again with ids prefixed {@code r<k>/} and every date
 * moved on by {@code k} periods, a period being the set's own span plus 30 days. So no two rounds share a live
 * window or a news cycle, each round costs what the originals cost (a copy is clustered like any article), and
 * nothing in a round is cheaper for having been seen before. Articles of the sets that carry no dates (ECB+, LGL)
 * are dated six hours apart in the order they are read, a steady stream of four a day.
 */
public final class RealCorpus {

  /** One data set that was read: its name, article count and words. */
  public record Source(String name, int articles, long words) {}

  /** A set of the shared data: where it lies and how its articles are read. */
  private record DataSet(String name, Path folder, Function<Path, List<Article>> reader) {}

  private static final Instant UNDATED_START = Instant.parse("2016-01-01T00:00:00Z");
  private static final Duration UNDATED_STEP = Duration.ofHours(6);
  private static final Duration ROUND_GAP = Duration.ofDays(30);

  private final List<Article> originals;
  private final List<Source> sources;
  private final Path htmlPages;

  private RealCorpus(List<Article> originals, List<Source> sources, Path htmlPages) {
    this.originals = List.copyOf(originals);
    this.sources = List.copyOf(sources);
    this.htmlPages = htmlPages;
  }

  /**
   * Reads every set found under {@code data} (the shared data folder); a set that is missing is named on
   * {@code log} and skipped. Null when none is there.
   */
  public static RealCorpus read(Path data, PrintWriter log) {
    List<DataSet> sets = List.of(
        new DataSet("ECB+", data.resolve("clustering/ecbplus"), dir -> EcbPlus.read(dir).stream()
            .map(a -> new Article("ecbplus/" + a.id(), a.id(), null, a.sentences().get(0), null, null, "en",
                a.text())).toList()),
        new DataSet("Giveme5W1H", data.resolve("facts/giveme5w1h-gold"),
            dir -> Giveme5W1H.read(dir).stream().map(Giveme5W1H.Article::article).toList()),
        new DataSet("stories (news-cluster)", data.resolve("stories/news-cluster/data"), RealCorpus::readWithProduct),
        new DataSet("LGL", data.resolve("geo/lgl"), dir -> Lgl.read(dir).stream()
            .map(a -> new Article("lgl/" + a.id(), a.id(), null, null, null, a.domain(), "en", a.text())).toList()),
        new DataSet("extraction benchmark HTML", data.resolve("extraction/article-extraction-benchmark/html"),
            RealCorpus::readWithProduct));
    List<Article> all = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    Instant undated = UNDATED_START;
    for (DataSet set : sets) {
      if (!Files.isDirectory(set.folder())) {
        log.printf("real corpus: no %s at %s, left out%n", set.name(), set.folder());
        continue;
      }
      List<Article> read = new ArrayList<>();
      for (Article a : set.reader().apply(set.folder())) {
        if (a.text().isBlank()) {
          continue;
        }
        if (a.published() == null) {
          a = a.withPublished(undated);
          undated = undated.plus(UNDATED_STEP);
        }
        read.add(a);
      }
      all.addAll(read);
      sources.add(new Source(set.name(), read.size(), read.stream().mapToLong(a -> words(a.text())).sum()));
    }
    log.flush();
    Path html = sets.get(sets.size() - 1).folder();
    return all.isEmpty() ? null : new RealCorpus(all, sources, Files.isDirectory(html) ? html : null);
  }

  /** A corpus of the given articles, all dated. */
  static RealCorpus of(List<Article> originals) {
    if (originals.isEmpty() || originals.stream().anyMatch(a -> a.published() == null)) {
      throw new IllegalArgumentException("a real corpus needs at least one article, all of them dated");
    }
    return new RealCorpus(originals, List.of(new Source("given", originals.size(),
        originals.stream().mapToLong(a -> words(a.text())).sum())), null);
  }

  /** Reads a folder the way {@code newsdesk digest} would, so that the articles are what a user gets. */
  private static List<Article> readWithProduct(Path folder) {
    List<Article> out = new ArrayList<>();
    CorpusReader.standard().read(List.of(folder), out::add);
    return out;
  }

  public List<Article> originals() {
    return originals;
  }

  public List<Source> sources() {
    return sources;
  }

  /** The extraction benchmark's pages, for timing extraction on real HTML; null when absent. */
  public Path htmlPages() {
    return htmlPages;
  }

  /** Mean words per original article. */
  public double meanWords() {
    return sources.stream().mapToLong(Source::words).sum() / (double) originals.size();
  }

  /** {@code size} articles: the originals, then as many shifted rounds as needed (see the class comment). */
  public List<Article> replicate(int size) {
    Instant first = originals.stream().map(Article::published).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = originals.stream().map(Article::published).max(Comparator.naturalOrder()).orElseThrow();
    Duration period = Duration.between(first, last).plus(ROUND_GAP);
    List<Article> out = new ArrayList<>(size);
    for (int i = 0; out.size() < size; i++) {
      int round = i / originals.size();
      Article a = originals.get(i % originals.size());
      out.add(round == 0 ? a : new Article("r" + round + "/" + a.id(), a.source(), a.url(), a.title(),
          a.published().plus(period.multipliedBy(round)), a.outlet(), a.language(), a.text()));
    }
    return out;
  }

  static long words(String text) {
    Objects.requireNonNull(text, "text");
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
