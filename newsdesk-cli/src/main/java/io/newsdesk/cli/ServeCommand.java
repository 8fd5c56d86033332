package io.newsdesk.cli;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.LuceneEventStore;
import io.newsdesk.server.NewsdeskServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves a store: web pages of its events and stories, a JSON API described at /openapi.json, "
        + "and Atom feeds. Read-only unless --token-file is given; then articles may be posted to /api/articles "
        + "with that token. With --watch or --feed, the same process also polls a folder and feeds into the store.")
final class ServeCommand implements Callable<Integer> {

  /** Articles per commit while polling, as {@code ingest}'s default. */
  private static final int BATCH = 500;
  /** How long a poll under way may take to finish when the server stops: a commit is never cut short. */
  private static final long STOP_WAIT_SECONDS = 120;

  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", required = true, description = "The store to serve.")
  Path store;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the token (at least 16 characters) that posting articles requires.")
  Path tokenFile;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "A folder to watch while serving: files that appear or change in it are ingested.")
  Path watch;

  @Option(names = "--feed", paramLabel = "FILE-OR-URL",
      description = "An RSS or Atom feed (a file, or a file: or http(s) address) read at every poll while serving. "
          + "Repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "30",
      description = "Seconds between polls of --watch and --feed (default: ${DEFAULT-VALUE}).")
  int intervalSeconds;

  /** A server started, with the polling of its folder and feeds when it has any; closing stops both. */
  static final class Running implements AutoCloseable {
    private final NewsdeskServer server;
    private final EventStore events;
    private final ScheduledExecutorService poller;

    private Running(NewsdeskServer server, EventStore events, ScheduledExecutorService poller) {
      this.server = server;
      this.events = events;
      this.poller = poller;
    }

    int port() {
      return server.port();
    }

    @Override
    public void close() throws IOException {
      server.close();
      if (poller != null) {
        // no interrupt: an interrupted Lucene write closes the store's files under it; let the poll finish
        poller.shutdown();
        try {
          poller.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      events.close();
    }
  }

  @Override
  public Integer call() throws Exception {
    Running running = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (IOException ignored) {
        // the process is ending; the store's last commit is what counts
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** Checks the options, opens the store, starts serving and polling, and says so on stdout. */
  Running start() throws IOException {
    Options.require(spec, port >= 0 && port <= 65535, "--port must be within 0..65535, got " + port);
    Options.require(spec, intervalSeconds > 0, "--interval must be positive, got " + intervalSeconds);
    Options.require(spec, watch == null || Files.isDirectory(watch), "--watch: no such folder " + watch);
    String token = null;
    if (tokenFile != null) {
      Options.require(spec, Files.isRegularFile(tokenFile), "--token-file: no such file " + tokenFile);
      token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      Options.require(spec, token.length() >= 16, "--token-file: the token needs at least 16 characters");
    }
    List<FeedSource> feedSources = List.of();
    try {
      feedSources = FeedSource.all(feeds, store.resolve("incoming"));
    } catch (IllegalArgumentException e) {
      Options.require(spec, false, "--feed: " + e.getMessage());
    }
    boolean follows = watch != null || !feedSources.isEmpty();
    EventStore events = token == null && !follows ? LuceneEventStore.openReadOnly(store) : openWritable();
    NewsdeskServer server;
    try {
      server = new NewsdeskServer(events, token, store.resolve("incoming")).start(host, port);
    } catch (RuntimeException e) {
      events.close();
      throw e;
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScheduledExecutorService poller = null;
    if (follows) {
      SourcePoller sources = new SourcePoller(watch, feedSources, CorpusReader.standard(),
          new StoreBatches(events, BATCH, err), err);
      poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsdesk-poll");
        t.setDaemon(true);
        return t;
      });
      poller.scheduleWithFixedDelay(() -> poll(sources, err), 0, intervalSeconds, TimeUnit.SECONDS);
    }
    EventStore.Stats stats = events.stats();
    out.printf("Serving %d events in %d stories from %d articles in %s at http://%s:%d/ (%s)%s. Ctrl-C stops.%n",
        stats.events(), stats.stories(), stats.articles(), store, host, server.port(),
        token == null ? "read-only API" : "ingest with token", following(feedSources.size()));
    out.flush();
    return new Running(server, events, poller);
  }

  private String following(int feedCount) {
    List<String> what = new ArrayList<>();
    if (watch != null) {
      what.add(watch.toString());
    }
    if (feedCount > 0) {
      what.add(feedCount == 1 ? "1 feed" : feedCount + " feeds");
    }
    return what.isEmpty() ? "" : ", polling " + String.join(" and ", what) + " every " + intervalSeconds + " s";
  }

  /** One poll; a failure is logged and the next poll tries again, the server serving on. */
  private static void poll(SourcePoller sources, PrintWriter err) {
    try {
      sources.poll();
    } catch (IOException | RuntimeException e) {
      err.println("newsdesk serve: poll failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      err.flush();
    }
  }

  private EventStore openWritable() throws IOException {
    try {
      return LuceneEventStore.openWritable(store, Digest.standard(), NeighbourGraphClusterer.DEFAULT_WINDOW);
    } catch (LockObtainFailedException e) {
      throw new IOException("the store " + store + " is being written by another process (newsdesk ingest, "
          + "or serve with a token, --watch or --feed); stop it first", e);
    }
  }
}
