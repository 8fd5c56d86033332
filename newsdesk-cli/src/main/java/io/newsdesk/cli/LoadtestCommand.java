package io.newsdesk.cli;

import io.newsdesk.core.store.LuceneEventStore;
import io.newsdesk.server.NewsdeskServer;
import io.newsdesk.server.load.ApiLoadTest;
import io.newsdesk.server.load.LoadReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
    description = "A bounded load test of the API on this machine: N clients send requests one after another for "
        + "a fixed time; prints requests/s, errors and latency percentiles. Exits 1 when any request failed.")
final class LoadtestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  static final class Target {
    @Option(names = "--store", paramLabel = "DIR", description = "Serve this store on a free loopback port and load it.")
    Path store;

    @Option(names = "--url", paramLabel = "URL", description = "Load a running server on this machine instead.")
    URI url;
  }

  @ArgGroup(multiplicity = "1")
  Target target;

  @Option(names = "--clients", defaultValue = "200", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
      description = "Seconds of load before measuring, not counted (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    Options.require(spec, clients >= 1 && clients <= ApiLoadTest.MAX_CLIENTS,
        "--clients must be within 1.." + ApiLoadTest.MAX_CLIENTS + ", got " + clients);
    Options.require(spec, seconds >= 1 && seconds <= ApiLoadTest.MAX_DURATION.toSeconds(),
        "--seconds must be within 1.." + ApiLoadTest.MAX_DURATION.toSeconds() + ", got " + seconds);
    Options.require(spec, warmup >= 0 && warmup <= 60, "--warmup must be within 0..60, got " + warmup);
    var out = spec.commandLine().getOut();
    if (target.url != null) {
      return run(target.url, out);
    }
    try (LuceneEventStore store = LuceneEventStore.openReadOnly(target.store);
         NewsdeskServer server = new NewsdeskServer(store, null, null).start("127.0.0.1", 0)) {
      return run(URI.create("http://127.0.0.1:" + server.port() + "/"), out);
    }
  }

  private int run(URI url, java.io.PrintWriter out) throws Exception {
    ApiLoadTest test;
    try {
      test = new ApiLoadTest(url, clients, Duration.ofSeconds(seconds));
    } catch (IllegalArgumentException e) {
      Options.require(spec, false, e.getMessage());
      return 2;
    }
    List<String> paths = test.paths();
    out.printf("Loading %s with %d clients for %d s (after %d s of warm-up) over %d API paths...%n", url, clients,
        seconds, warmup, paths.size());
    out.flush();
    LoadReport r = test.run(paths, Duration.ofSeconds(warmup));
    out.printf("%d requests (%.0f/s), %d errors%s%n", r.requests(), r.requestsPerSecond(), r.errorCount(),
        r.errors().isEmpty() ? "" : " " + r.errors());
    out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.p50Millis(), r.p90Millis(),
        r.p99Millis(), r.maxMillis());
    out.printf("loadtest: clients=%d seconds=%d requests=%d rps=%.0f errors=%d p50_ms=%.1f p99_ms=%.1f%n",
        r.clients(), seconds, r.requests(), r.requestsPerSecond(), r.errorCount(), r.p50Millis(), r.p99Millis());
    return r.errorCount() == 0 ? 0 : 1;
  }
}
