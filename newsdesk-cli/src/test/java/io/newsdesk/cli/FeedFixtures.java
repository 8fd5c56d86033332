package io.newsdesk.cli;

/** RSS feeds written for the command tests, and a local HTTP server that serves one. */
final class FeedFixtures {

  private FeedFixtures() {}

  /** Starts an HTTP server on a free local port serving {@code rss} at {@code /feed.xml}; stop it when done. */
  static com.sun.net.httpserver.HttpServer serve(String rss) throws java.io.IOException {
    var http = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/feed.xml", exchange -> {
      byte[] body = rss.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    http.start();
    return http;
  }

  /** One item: a storm closes the port of Lorne, 4 March 2025. */
  static final String COAST_RADIO = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Coast Radio</title><link>https://coast.example/</link>
      <item><title>Storm closes the port of Lorne</title><link>https://coast.example/storm-lorne</link>
      <pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
      <description>A storm closed the port of Lorne on Tuesday, the harbour master said. Ferries stayed in dock \
      and fishing boats were told to stay ashore until the wind drops.</description></item>
      </channel></rss>
      """;
}
