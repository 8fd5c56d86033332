package io.newsdesk.core.model;

/**
 * Bad input: which record, and why. Bad content never stops a batch; it is recorded here. Most such records are
 * skipped; a few are kept in part (an article over the per-article budget is cut), and say so.
 *
 * @param record the file, and the line or offset inside it where one file holds many records
 * @param reason one line a person can act on
 * @param kept   true when the record was kept in part rather than skipped
 */
public record Problem(String record, String reason, boolean kept) {

  /** A record that was skipped. */
  public Problem(String record, String reason) {
    this(record, reason, false);
  }

  /** A record that was kept in part, for the reason given. */
  public static Problem keptInPart(String record, String reason) {
    return new Problem(record, reason, true);
  }

  /** What became of the record, as a word to print before it: "skipped" or "cut". */
  public String outcome() {
    return kept ? "cut" : "skipped";
  }

  @Override
  public String toString() {
    return record + ": " + reason;
  }
}
