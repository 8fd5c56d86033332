package io.newsdesk.cli;

import io.newsdesk.core.pipeline.Progress;
import java.io.PrintWriter;

/** Progress lines on stderr, only once a run has taken two seconds, and at most twice a second after that. */
final class StderrProgress implements Progress {

  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long lastPrinted;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void update(String stage, long done, long total) {
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS || now - lastPrinted < EVERY_NANOS && done != total) {
      return;
    }
    lastPrinted = now;
    String of = total > 0 ? String.format(" of %d (%d%%)", total, done * 100 / total) : "";
    err.printf("  %s: %d%s, %.1f s%n", stage, done, of, (now - started) / 1e9);
    err.flush();
  }
}
