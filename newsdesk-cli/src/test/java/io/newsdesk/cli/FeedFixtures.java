package io.newsdesk.cli;

/** RSS feeds written for the command tests. */
final class FeedFixtures {

  private FeedFixtures() {}

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
