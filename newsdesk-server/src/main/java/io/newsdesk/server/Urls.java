package io.newsdesk.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encoding of stored names into addresses. */
final class Urls {

  private Urls() {}

  /** A value as one path segment: spaces as %20, never as '+', and '/' encoded. */
  static String pathSegment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
