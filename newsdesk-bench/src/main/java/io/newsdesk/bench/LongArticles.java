package io.newsdesk.bench;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether an article's cost grows with its length and no faster: the digest's time per word of one article of
 * about 5 KB against one of about 1 MB, both made of real articles' paragraphs one after another. Equal costs
 * per word mean linear; the limit is a ratio of 2.
 */
final class LongArticles {

  /** Seconds per word of the short and of the long article (medians), and their words. */
  record Result(long shortWords, double shortSecondsPerWord, long longWords, double longSecondsPerWord) {
    double ratio() {
      return longSecondsPerWord / shortSecondsPerWord;
    }
  }

  static final int SHORT_BYTES = 5_000;
  static final int LONG_BYTES = 1_000_000;

  private final PrintWriter out;
  private final Progress progress;

  LongArticles(PrintWriter out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  Result run(RealCorpus real, Path work) throws IOException {
    Article shortOne = joined(real.originals(), SHORT_BYTES, "\n\n", "long-article/5kb");
    Article longOne = joined(real.originals(), LONG_BYTES, "\n\n", "long-article/1mb");
    Path shortFile = write(shortOne, work.resolve("long-5kb"));
    Path longFile = write(longOne, work.resolve("long-1mb"));
    Digest digest = Digest.standard();
    progress.update("the 5 KB article", 0, -1);
    double shortSeconds = medianSeconds(digest, 7, shortFile);
    progress.update("the 1 MB article", 0, -1);
    double longSeconds = medianSeconds(digest, 3, longFile);
    long shortWords = RealCorpus.words(shortOne.text());
    long longWords = RealCorpus.words(longOne.text());
    Result r = new Result(shortWords, shortSeconds / shortWords, longWords, longSeconds / longWords);
    out.printf(Locale.ROOT, "cost per word, one article: %,d words (5 KB) %.1f µs/word, %,d words (1 MB) %.1f µs/word;"
        + " ratio %.2f (1 = linear; the limit is 2)%n", shortWords, r.shortSecondsPerWord() * 1e6, longWords,
        r.longSecondsPerWord() * 1e6, r.ratio());
    out.flush();
    return r;
  }

  static final int HUGE_BYTES = 15_000_000;
  static final int HUGE_LIMIT_SECONDS = 120;

  /**
   * Wall seconds of a fresh {@code newsdesk digest} of one 15 MB article written as a single paragraph (the
   * hostile case: no paragraph or line breaks to cut at), in a child process so that a stall can be stopped;
   * -1 when it did not finish within {@link #HUGE_LIMIT_SECONDS}. Prints what the digest said about the article.
   */
  double hugeParagraph(RealCorpus real, Path work, Path cliJar) throws IOException, InterruptedException {
    Path folder = write(joined(real.originals(), HUGE_BYTES, " ", "long-article/15mb-one-paragraph"),
        work.resolve("long-15mb"));
    Path log = work.resolve("long-15mb.log");
    progress.update("the 15 MB one-paragraph article", 0, -1);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        cliJar.toString(), "digest", "--out", work.resolve("long-15mb-out").toString(), folder.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long t = System.nanoTime();
    boolean done = p.waitFor(HUGE_LIMIT_SECONDS, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - t) / 1e9;
    if (!done) {
      p.destroyForcibly().waitFor();
    }
    List<String> said = Files.readAllLines(log).stream()
        .filter(l -> l.toLowerCase(Locale.ROOT).contains("cut") || l.contains("Found")).toList();
    out.printf(Locale.ROOT, "one 15 MB article in one paragraph, fresh digest: %s%n", done && p.exitValue() == 0
        ? String.format(Locale.ROOT, "%.1f s (the limit is 60 s)", seconds)
        : done ? "failed (exit " + p.exitValue() + ", see " + log + ")" : "not done after " + HUGE_LIMIT_SECONDS + " s");
    said.forEach(l -> out.println("  digest said: " + l.strip()));
    out.flush();
    return done && p.exitValue() == 0 ? seconds : -1;
  }

  /** One article of real paragraphs, about {@code bytes} long, the paragraphs separated by {@code separator}. */
  static Article joined(List<Article> originals, int bytes, String separator, String id) {
    StringBuilder text = new StringBuilder(bytes + 10_000);
    for (int i = 0; text.length() < bytes; i++) {
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(originals.get(i % originals.size()).text().strip().replaceAll("\\s*\\n\\s*", 
          separator.contains("\n") ? "\n\n" : " "));
    }
    text.setLength(Math.min(text.length(), bytes));
    return new Article(id, id, null, "A long article made of real paragraphs",
        Instant.parse("2021-06-01T00:00:00Z"), "Bench", "en", text.toString());
  }

  static Path write(Article article, Path dir) throws IOException {
    Files.createDirectories(dir);
    new JsonlCorpusWriter().write(List.of(article), dir);
    return dir;
  }

  /** Median seconds of {@code runs} digests of the folder, after one untimed warm-up. */
  private static double medianSeconds(Digest digest, int runs, Path folder) {
    digest.run(List.of(folder), Progress.NONE);
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      digest.run(List.of(folder), Progress.NONE);
      seconds[i] = (System.nanoTime() - t) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }
}
