package io.newsdesk.server;

import io.newsdesk.core.store.LuceneEventStore;
import java.nio.file.Path;

/**
 * A read-only server over the sample store and the Misrata flood's follow-up six weeks later, so that the flood's
 * story holds two events: what the story pages and feeds are tested on.
 */
record FloodStoryServer(LuceneEventStore store, NewsdeskServer server) implements AutoCloseable {

  static FloodStoryServer start(Path dir) throws Exception {
    LuceneEventStore store = SampleStore.create(dir.resolve("store"));
    store.add(SampleStore.floodFollowUp());
    return new FloodStoryServer(store, new NewsdeskServer(store, null, null).start("127.0.0.1", 0));
  }

  @Override
  public void close() throws Exception {
    server.close();
    store.close();
  }
}
