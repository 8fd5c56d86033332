package io.newsdesk.cli;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.IngestResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands articles to a store in batches, as they are read, and says on stderr what each batch committed: a large
 * input is stored a batch at a time, so that an interrupted ingest keeps every batch it finished.
 */
final class StoreBatches implements Consumer<Article> {

  private final EventStore store;
  private final int size;
  private final PrintWriter err;
  private final List<Article> batch = new ArrayList<>();
  private IngestResult total = IngestResult.NOTHING;
  private long committed;

  StoreBatches(EventStore store, int size, PrintWriter err) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be positive, got " + size);
    }
    this.store = store;
    this.size = size;
    this.err = err;
  }

  @Override
  public void accept(Article a) {
    batch.add(a);
    if (batch.size() >= size) {
      flush();
    }
  }

  /** Stores what is waiting. */
  void flush() {
    if (batch.isEmpty()) {
      return;
    }
    IngestResult r = store.add(List.copyOf(batch));
    committed += batch.size();
    batch.clear();
    total = total.plus(r);
    err.printf("  committed %d articles (%d new, %d changed, %d unchanged); %d events rebuilt%n", committed,
        r.added(), r.changed(), r.unchanged(), r.eventsRebuilt());
    err.flush();
  }

  IngestResult total() {
    return total;
  }
}
