package io.newsdesk.server;

import io.javalin.http.Context;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.store.EventStore;
import io.newsdesk.core.store.IngestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Articles posted to the API: JSON as {@code newsdesk ingest} reads it (an object, an array, or
 * {@code {"articles": [...]}}), accepted only with the configured token. The body is read by the same reader as
 * a file, from a file in the store's own {@code incoming} folder that is deleted at once.
 */
final class IngestController {

  private final EventStore store;
  private final ApiJson json;
  private final byte[] token;
  private final Path incoming;
  private final CorpusReader reader = CorpusReader.standard();

  /**
   * @param token    the token a request must bear, or null to refuse every write (the store is read-only)
   * @param incoming the folder inside the store where posted bodies are read from
   */
  IngestController(EventStore store, ApiJson json, String token, Path incoming) {
    this.store = Objects.requireNonNull(store, "store");
    this.json = Objects.requireNonNull(json, "json");
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.incoming = incoming;
    if (token != null && (token.length() < 16 || incoming == null || !store.writable())) {
      throw new IllegalArgumentException("a token needs at least 16 characters, a writable store and a folder");
    }
  }

  void ingest(Context ctx) {
    authorize(ctx.header("Authorization"));
    String type = Objects.requireNonNullElse(ctx.contentType(), "");
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "unsupported_media_type", "send articles as application/json");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest("the body is empty: send {\"articles\": [...]}");
    }
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String fileName = "posted-" + UUID.randomUUID() + ".json";
    Path file = incoming.resolve(fileName);
    try {
      Files.createDirectories(incoming);
      Files.write(file, body);
      CorpusReader.Report report = reader.read(List.of(file), a -> {
        // an id made from the temporary file would differ at every post: the same article would be stored twice
        if (a.id().startsWith(fileName)) {
          problems.add("article " + a.id().substring(fileName.length()) + " has neither an id nor a url, skipped");
        } else {
          articles.add(a);
        }
      });
      report.problems().stream().map(Problem::reason).forEach(problems::add);
    } catch (IOException e) {
      throw new UncheckedIOException("could not take the posted articles", e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        problems.add("could not delete " + file.getFileName() + ": " + e.getMessage());
      }
    }
    if (articles.isEmpty()) {
      throw ApiException.badRequest("no article in the body" + (problems.isEmpty() ? "" : ": " + problems));
    }
    IngestResult result = store.add(articles);
    ctx.status(result.added() > 0 ? 201 : 200);
    ApiController.send(ctx, json.bytes(json.ingested(result, problems)));
  }

  private void authorize(String header) {
    if (token == null) {
      throw new ApiException(403, "forbidden",
          "this server is read-only; start it with --token-file to accept articles");
    }
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    // constant time, so that the token cannot be guessed from how fast a wrong one is refused
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "unauthorized", "a valid token is required: Authorization: Bearer TOKEN");
    }
  }
}
