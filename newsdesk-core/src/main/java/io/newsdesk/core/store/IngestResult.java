package io.newsdesk.core.store;

/**
 * What one {@link EventStore#add} did.
 *
 * @param added         articles new to the store
 * @param changed       articles stored before with other content, now replaced
 * @param unchanged     articles already stored as they are: nothing was done for them
 * @param eventsRebuilt events written by the update of the time the articles cover
 * @param eventsRemoved events that the update replaced (merged into others, or rebuilt under the same id)
 */
public record IngestResult(int added, int changed, int unchanged, int eventsRebuilt, int eventsRemoved) {

  public static final IngestResult NOTHING = new IngestResult(0, 0, 0, 0, 0);

  public IngestResult plus(IngestResult other) {
    return new IngestResult(added + other.added, changed + other.changed, unchanged + other.unchanged,
        eventsRebuilt + other.eventsRebuilt, eventsRemoved + other.eventsRemoved);
  }
}
