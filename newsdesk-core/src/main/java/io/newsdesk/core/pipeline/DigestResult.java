package io.newsdesk.core.pipeline;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.story.Story;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a digest made: the events, newest first, the stories linking them, and what it skipped and why.
 *
 * @param stageTimes wall time of each stage, in the order they ran
 * @param stories    the stories, newest first, each event in one
 */
public record DigestResult(List<Event> events, int articles, CorpusReader.Report read, List<Problem> problems,
                           Map<String, Duration> stageTimes, List<Story> stories) {

  /** A result without stories. */
  public DigestResult(List<Event> events, int articles, CorpusReader.Report read, List<Problem> problems,
                      Map<String, Duration> stageTimes) {
    this(events, articles, read, problems, stageTimes, List.of());
  }

  public DigestResult {
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    problems = List.copyOf(problems);
    stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
  }
}
