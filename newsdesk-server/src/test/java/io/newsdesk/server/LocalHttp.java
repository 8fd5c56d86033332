package io.newsdesk.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GET requests to a server the test started on this machine: one client shared by the server tests. */
final class LocalHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private LocalHttp() {}

  /** The address of {@code path} on {@code server}. */
  static String url(NewsdeskServer server, String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** GETs {@code path} from {@code server}, the body read as text. */
  static HttpResponse<String> get(NewsdeskServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(server, path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
