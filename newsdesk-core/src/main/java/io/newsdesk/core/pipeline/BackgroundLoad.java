package io.newsdesk.core.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Something slow to load (a gazetteer, a model), loaded once on a background thread from the moment this is made
 * and answered when asked, waiting if it is not ready yet: the digest reads and groups articles meanwhile. A load
 * that failed fails each ask with its cause.
 */
final class BackgroundLoad<T> implements Supplier<T> {

  private final CompletableFuture<T> loading = new CompletableFuture<>();

  BackgroundLoad(String name, Supplier<T> load) {
    Thread t = new Thread(() -> {
      try {
        loading.complete(load.get());
      } catch (RuntimeException | Error e) {
        loading.completeExceptionally(e);
      }
    }, "load-" + name);
    t.setDaemon(true);
    t.start();
  }

  @Override
  public T get() {
    return loading.join();
  }
}
