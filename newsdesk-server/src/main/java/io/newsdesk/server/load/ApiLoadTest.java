package io.newsdesk.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded load test of the API on this machine: a fixed number of clients, each sending one request after
 * another for a fixed time, over a mix of the API's reads (lists, events, entities, search, health) drawn from
 * what the server holds. Only loopback addresses are accepted, so that it can never load someone else's server.
 */
public final class ApiLoadTest {

  public static final int MAX_CLIENTS = 1_000;
  public static final Duration MAX_DURATION = Duration.ofMinutes(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final int clients;
  private final Duration duration;
  private final HttpClient http;

  public ApiLoadTest(URI base, int clients, Duration duration) {
    if (clients < 1 || clients > MAX_CLIENTS) {
      throw new IllegalArgumentException("clients must be within 1.." + MAX_CLIENTS + ", got " + clients);
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException("duration must be positive and at most " + MAX_DURATION + ", got " + duration);
    }
    if (!isLoopback(base)) {
      throw new IllegalArgumentException("the load test only targets this machine (loopback), not " + base);
    }
    this.base = base;
    this.clients = clients;
    this.duration = duration;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT).build();
  }

  private static boolean isLoopback(URI uri) {
    try {
      return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** The API paths the clients draw from: lists, searches and reads of what the store holds. */
  public List<String> paths() throws IOException, InterruptedException {
    List<String> paths = new ArrayList<>(List.of("/api/health", "/api/events", "/api/events?limit=50",
        "/api/events?offset=5&limit=5"));
    JsonNode events = new ObjectMapper().readTree(get("/api/events?limit=50")).get("items");
    for (JsonNode e : events) {
      paths.add("/api/events/" + e.get("id").asText());
      String[] words = e.get("headline").asText().split("\\W+");
      String word = Arrays.stream(words).filter(w -> w.length() > 4).findFirst().orElse("news");
      paths.add("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
      paths.add("/api/events?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
      if (e.hasNonNull("end")) {
        paths.add("/api/events?day=" + e.get("end").asText().substring(0, 10));
      }
    }
    JsonNode first = events.isEmpty() ? null : new ObjectMapper().readTree(get("/api/events/" + events.get(0).get("id").asText()));
    if (first != null) {
      for (JsonNode en : first.get("entities")) {
        paths.add("/api/entities/" + URLEncoder.encode(en.get("name").asText(), StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return paths;
  }

  /**
   * Runs the clients for the duration, after a warm-up whose requests are not counted.
   */
  public LoadReport run(List<String> paths, Duration warmUp) throws InterruptedException {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no paths to request");
    }
    Worker[] workers = new Worker[clients];
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    long countFrom = start + warmUp.toNanos();
    long stop = countFrom + duration.toNanos();
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    for (int i = 0; i < clients; i++) {
      workers[i] = new Worker(paths, new SplittableRandom(i), countFrom, stop, errors);
      int index = i;
      Thread t = new Thread(() -> {
        try {
          workers[index].run();
        } finally {
          done.countDown();
        }
      }, "load-client-" + i);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    int total = 0;
    for (Worker w : workers) {
      total += w.count;
    }
    long[] all = new long[total];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
    }
    Arrays.sort(all);
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
    long errorCount = errorCounts.values().stream().mapToLong(Long::longValue).sum();
    return new LoadReport(clients, duration.toNanos() / 1e9, total + errorCount, errorCount, errorCounts,
        millis(all, 0.50), millis(all, 0.90), millis(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
  }

  private static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + r.statusCode());
    }
    return r.body();
  }

  /** One client: requests in a row, latencies of those after the warm-up kept in its own array. */
  private final class Worker implements Runnable {
    private final List<String> paths;
    private final SplittableRandom random;
    private final long countFrom;
    private final long stop;
    private final Map<String, LongAdder> errors;
    long[] latencies = new long[1024];
    int count;

    Worker(List<String> paths, SplittableRandom random, long countFrom, long stop, Map<String, LongAdder> errors) {
      this.paths = paths;
      this.random = random;
      this.countFrom = countFrom;
      this.stop = stop;
      this.errors = errors;
    }

    @Override
    public void run() {
      while (true) {
        long t0 = System.nanoTime();
        if (t0 >= stop) {
          return;
        }
        String path = paths.get(random.nextInt(paths.size()));
        String error = null;
        try {
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
              .build(), HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) {
            error = "HTTP " + r.statusCode() + " " + path;
          }
        } catch (IOException e) {
          error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long t1 = System.nanoTime();
        if (t0 < countFrom) {
          continue;
        }
        if (error != null) {
          errors.computeIfAbsent(error, k -> new LongAdder()).increment();
        } else {
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = t1 - t0;
        }
      }
    }
  }
}
