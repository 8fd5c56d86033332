package io.newsdesk.cli;

import io.newsdesk.core.ingest.ArticleFilter;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What a process follows, read at every poll into a store: a watched folder's new and changed files, and feeds.
 * Both {@code ingest --watch/--feed} and {@code serve --watch/--feed} poll through it.
 */
final class SourcePoller {

  /** What one poll read: files of the folder, and records or feeds that could not be read. */
  record Poll(int files, int problems) {}

  private final Path watch;
  private final FolderWatch folder;
  private final List<FeedSource> feeds;
  private final CorpusReader reader;
  private final StoreBatches batches;
  private final PrintWriter err;

  /** @param watch the folder to watch, or null for feeds alone */
  SourcePoller(Path watch, List<FeedSource> feeds, CorpusReader reader, StoreBatches batches, PrintWriter err) {
    this.watch = watch;
    this.folder = watch == null ? null : new FolderWatch(watch);
    this.feeds = List.copyOf(feeds);
    this.reader = reader;
    this.batches = batches;
    this.err = err;
  }

  boolean follows() {
    return watch != null || !feeds.isEmpty();
  }

  /** Reads what changed in the folder and every feed, and stores it. */
  Poll poll() throws IOException {
    int files = 0;
    int problems = 0;
    if (folder != null) {
      CorpusReader.Report report = reader.readUnder(watch, folder.changedFiles(), ArticleFilter.NONE, batches);
      files += report.filesRead();
      problems += report(report.problems());
    }
    for (FeedSource feed : feeds) {
      problems += report(feed.read(reader, batches));
    }
    batches.flush();
    return new Poll(files, problems);
  }

  private int report(List<Problem> problems) {
    problems.forEach(p -> err.println(p.outcome() + " " + p));
    err.flush();
    return problems.size();
  }
}
