package io.newsdesk.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.newsdesk.core.store.EventStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers of the read API kept while the store stays at one version: between two commits the store cannot
 * change, so the same request gets the same answer. Dropped whole when the version moves or the cache is full.
 */
final class ResponseCache {

  static final int MAX_ENTRIES = 4_096;
  static final int MAX_BODY_BYTES = 256 * 1024;

  private record Version(long store, Map<String, byte[]> answers) {}

  private final EventStore store;
  private volatile Version current = new Version(-1, new ConcurrentHashMap<>());

  ResponseCache(EventStore store) {
    this.store = store;
  }

  /** The handler's JSON answers, cached: only successful ones, and only small enough ones. */
  Handler json(Handler handler) {
    return ctx -> {
      Map<String, byte[]> answers = answers();
      String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      byte[] cached = answers.get(key);
      if (cached != null) {
        ApiController.send(ctx, cached);
        return;
      }
      handler.handle(ctx);
      byte[] body = body(ctx);
      if (ctx.status().getCode() == 200 && body != null && body.length <= MAX_BODY_BYTES) {
        if (answers.size() >= MAX_ENTRIES) {
          answers.clear();
        }
        answers.put(key, body);
      }
    };
  }

  private Map<String, byte[]> answers() {
    long version = store.version();
    Version v = current;
    if (v.store() != version) {
      v = new Version(version, new ConcurrentHashMap<>());
      current = v;
    }
    return v.answers();
  }

  private static byte[] body(Context ctx) {
    try (var in = ctx.resultInputStream()) {
      if (in == null) {
        return null;
      }
      byte[] body = in.readAllBytes();
      ctx.result(body); // the stream was read; answer with the bytes
      return body;
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
