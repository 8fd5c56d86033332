package io.newsdesk.core.pipeline;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a digest made: the events, newest first, and what it skipped and why.
 *
 * @param stageTimes wall time of each stage, in the order they ran
 */
public record DigestResult(List<Event> events, int articles, CorpusReader.Report read, List<Problem> problems,
                           Map<String, Duration> stageTimes) {
  public DigestResult {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
    stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
  }
}
