package io.newsdesk.cli;

import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An RSS or Atom feed read at every poll: a file (a path or a file: address), or an http(s) address fetched into the store's incoming folder
 * and read from there like a file. Items already stored unchanged cost nothing.
 */
final class FeedSource {

  private static final long MAX_FEED_BYTES = 16L << 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Path file;
  private final URI uri;
  private final Path incoming;
  private HttpClient client;

  private FeedSource(Path file, URI uri, Path incoming) {
    this.file = file;
    this.uri = uri;
    this.incoming = incoming;
  }

  static FeedSource of(String fileOrUrl, Path incoming) {
    String lower = fileOrUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI uri = URI.create(fileOrUrl);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("not an address: " + fileOrUrl);
      }
      return new FeedSource(null, uri, incoming);
    }
    if (lower.startsWith("file:")) {
      try {
        return new FeedSource(Path.of(URI.create(fileOrUrl)), null, incoming);
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        throw new IllegalArgumentException("not a file address: " + fileOrUrl);
      }
    }
    if (lower.contains("://")) {
      throw new IllegalArgumentException("only files and file: and http(s) addresses are read, not " + fileOrUrl);
    }
    return new FeedSource(Path.of(fileOrUrl), null, incoming);
  }

  /**
   * Each feed named, fetched into {@code incoming} where it is an http(s) address.
   *
   * @throws IllegalArgumentException naming the first that is neither a file nor an address
   */
  static List<FeedSource> all(List<String> filesOrUrls, Path incoming) {
    return filesOrUrls.stream().map(f -> of(f, incoming)).toList();
  }

  /** Reads the feed once, giving its items to {@code articles}; returns what could not be read. */
  List<Problem> read(CorpusReader reader, Consumer<Article> articles) {
    if (file != null) {
      return reader.read(List.of(file), articles).problems();
    }
    Path fetched = null;
    try {
      Files.createDirectories(incoming);
      fetched = Files.createTempFile(incoming, "feed-", ".xml");
      fetch(fetched);
      return reader.read(List.of(fetched), articles).problems();
    } catch (IOException e) {
      return List.of(new Problem(uri.toString(), "could not fetch the feed: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(new Problem(uri.toString(), "interrupted while fetching the feed"));
    } finally {
      if (fetched != null) {
        try {
          Files.deleteIfExists(fetched);
        } catch (IOException ignored) {
          // a leftover file in incoming/ is harmless and overwritten by no one
        }
      }
    }
  }

  private void fetch(Path into) throws IOException, InterruptedException {
    if (client == null) {
      client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
        .header("User-Agent", "newsdesk/0.1 (feed poller)").GET().build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes((int) MAX_FEED_BYTES + 1);
      if (bytes.length > MAX_FEED_BYTES) {
        throw new IOException("larger than " + (MAX_FEED_BYTES >> 20) + " MB");
      }
      Files.write(into, bytes);
    }
  }
}
