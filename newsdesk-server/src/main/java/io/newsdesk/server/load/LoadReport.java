package io.newsdesk.server.load;

import java.util.Map;

/**
 * What a load test measured.
 *
 * @param errors requests that failed or got a status other than 200, by kind ("HTTP 500", "timeout", ...)
 */
public record LoadReport(int clients, double seconds, long requests, long errorCount, Map<String, Long> errors,
                         double p50Millis, double p90Millis, double p99Millis, double maxMillis) {
  public LoadReport {
    errors = Map.copyOf(errors);
  }

  public double requestsPerSecond() {
    return requests / seconds;
  }
}
