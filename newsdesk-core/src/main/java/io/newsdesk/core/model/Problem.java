package io.newsdesk.core.model;

/**
 * Bad input that was skipped: which record, and why. Bad content never stops a batch; it is recorded here.
 *
 * @param record the file, and the line or offset inside it where one file holds many records
 * @param reason one line a person can act on
 */
public record Problem(String record, String reason) {
  @Override
  public String toString() {
    return record + ": " + reason;
  }
}
