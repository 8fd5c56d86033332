package io.newsdesk.core.pipeline;

/** Hears how far a long run has got; a command line shows it, a test ignores it. */
@FunctionalInterface
public interface Progress {

  Progress NONE = (stage, done, total) -> { };

  /**
   * @param total the amount of work in this stage, or -1 when unknown
   */
  void update(String stage, long done, long total);
}
