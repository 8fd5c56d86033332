package io.newsdesk.cli;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.LuceneEventStore;
import io.newsdesk.server.NewsdeskServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves a store: web pages of its events and a JSON API described at /openapi.json. "
        + "Read-only unless --token-file is given; then articles may be posted to /api/articles with that token.")
final class ServeCommand implements Callable<Integer> {

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

  @Override
  public Integer call() throws Exception {
    Options.require(spec, port >= 0 && port <= 65535, "--port must be within 0..65535, got " + port);
    String token = null;
    if (tokenFile != null) {
      Options.require(spec, Files.isRegularFile(tokenFile), "--token-file: no such file " + tokenFile);
      token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      Options.require(spec, token.length() >= 16, "--token-file: the token needs at least 16 characters");
    }
    EventStore events = token == null ? LuceneEventStore.openReadOnly(store)
        : LuceneEventStore.openWritable(store, Digest.standard(), NeighbourGraphClusterer.DEFAULT_WINDOW);
    NewsdeskServer server = new NewsdeskServer(events, token, store.resolve("incoming")).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        events.close();
      } catch (java.io.IOException ignored) {
        // the process is ending; the store's last commit is what counts
      }
      stopped.countDown();
    }));
    EventStore.Stats stats = events.stats();
    var out = spec.commandLine().getOut();
    out.printf("Serving %d events from %d articles in %s at http://%s:%d/ (%s). Ctrl-C stops.%n", stats.events(),
        stats.articles(), store, host, server.port(), token == null ? "read-only" : "ingest with token");
    out.flush();
    stopped.await();
    return 0;
  }
}
