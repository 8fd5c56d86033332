package io.newsdesk.server;

import io.javalin.http.Context;
import io.newsdesk.core.report.EventCard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The few files the pages need, read from the classpath once at start: the style sheet, the world map and the
 * OpenAPI document. Nothing is read from the file system.
 */
final class StaticAssets {

  private final byte[] css;
  private final byte[] world;
  private final byte[] openApi;

  StaticAssets() {
    css = (EventCard.CSS + text("newsdesk.css")).getBytes(StandardCharsets.UTF_8);
    world = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 180\">"
        + "<rect width=\"360\" height=\"180\" fill=\"#dce8f2\"/><path fill=\"#f3efe6\" stroke=\"#a9a08f\" "
        + "stroke-width=\"0.12\" d=\"" + text("world-110m.path").strip() + "\"/></svg>").getBytes(StandardCharsets.UTF_8);
    openApi = text("openapi.json").getBytes(StandardCharsets.UTF_8);
  }

  void css(Context ctx) {
    send(ctx, "text/css; charset=utf-8", css);
  }

  void world(Context ctx) {
    send(ctx, "image/svg+xml", world);
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  private static void send(Context ctx, String type, byte[] body) {
    ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(body);
  }

  private static String text(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the newsdesk-server jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
