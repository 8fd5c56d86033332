package io.newsdesk.cli;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.IngestResult;
import io.newsdesk.core.store.LuceneEventStore;
import io.newsdesk.core.summarize.CentralitySummarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Adds articles to an on-disk store; the events of the time they cover are rebuilt at once. "
        + "An article already stored unchanged changes nothing. With --watch or --feed, keeps polling.")
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "The store (created when missing).")
  Path store;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files and folders to read, as digest reads them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--watch", paramLabel = "DIR",
      description = "A folder to watch: files that appear or change in it are ingested as they come.")
  Path watch;

  @Option(names = "--feed", paramLabel = "FILE-OR-URL",
      description = "An RSS or Atom feed, a file or an http(s) address, read again at every poll. Repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "30",
      description = "Seconds between polls of --watch and --feed (default: ${DEFAULT-VALUE}).")
  int intervalSeconds;

  @Option(names = "--polls", paramLabel = "N", defaultValue = "0",
      description = "Stop after this many polls; 0 polls until stopped (default: ${DEFAULT-VALUE}).")
  int polls;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
      description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--window-days", defaultValue = "3",
      description = "Articles more than this many days apart are never linked (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Options.require(spec, !inputs.isEmpty() || watch != null || !feeds.isEmpty(),
        "give files or folders to read, --watch DIR or --feed FILE-OR-URL");
    Options.require(spec, batch > 0, "--batch must be positive, got " + batch);
    Options.require(spec, windowDays > 0, "--window-days must be positive, got " + windowDays);
    Options.require(spec, intervalSeconds > 0, "--interval must be positive, got " + intervalSeconds);
    Options.require(spec, polls >= 0, "--polls must not be negative, got " + polls);
    List<FeedSource> feedSources = List.of();
    try {
      feedSources = FeedSource.all(feeds, store.resolve("incoming"));
    } catch (IllegalArgumentException e) {
      Options.require(spec, false, "--feed: " + e.getMessage());
    }
    Duration window = Duration.ofDays(windowDays);
    Digest digest = new Digest(CorpusReader.standard(), new JunkLineFilter(),
        new NeighbourGraphClusterer(NeighbourGraphClusterer.DEFAULT_THRESHOLD, window), Gazetteer.countries(),
        CentralitySummarizer.DEFAULT_MAX_SENTENCES);
    long started = System.nanoTime();
    try (LuceneEventStore events = open(window, digest)) {
      StoreBatches batches = new StoreBatches(events, batch, err);
      CorpusReader reader = CorpusReader.standard();
      int files = 0;
      int problems = 0;
      if (!inputs.isEmpty()) {
        CorpusReader.Report report = reader.read(inputs, batches);
        batches.flush();
        files += report.filesRead();
        problems += report(err, report.problems());
      }
      SourcePoller poller = new SourcePoller(watch, feedSources, reader, batches, err);
      if (poller.follows()) {
        for (int round = 1; polls == 0 || round <= polls; round++) {
          SourcePoller.Poll poll = poller.poll();
          files += poll.files();
          problems += poll.problems();
          if (polls == 0 || round < polls) {
            Thread.sleep(intervalSeconds * 1000L);
          }
        }
      }
      IngestResult r = batches.total();
      EventStore.Stats stats = events.stats();
      out.printf("Stored %d new and %d changed articles (%d unchanged) from %d files%s in %.1f s.%n", r.added(),
          r.changed(), r.unchanged(), files, problems == 0 ? "" : " (" + problems + " skipped, see stderr)",
          (System.nanoTime() - started) / 1e9);
      out.printf("The store %s holds %d articles in %d events.%n", store, stats.articles(), stats.events());
      return 0;
    }
  }

  private LuceneEventStore open(Duration window, Digest digest) throws IOException {
    try {
      return LuceneEventStore.openWritable(store, digest, window);
    } catch (LockObtainFailedException e) {
      throw new IOException("the store " + store + " is being written by another process (newsdesk ingest, "
          + "or serve with a token); stop it first", e);
    }
  }

  private static int report(PrintWriter err, List<Problem> problems) {
    problems.forEach(p -> err.println(p.outcome() + " " + p));
    return problems.size();
  }
}
