package io.newsdesk.server;

import io.newsdesk.core.classify.Category;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and checks what a request names: sizes, types and characters, so that a handler only ever sees valid
 * values. Everything wrong becomes a 400 with a message that names the parameter.
 */
final class RequestParams {

  static final int MAX_ID_LENGTH = 512;
  static final int MAX_QUERY_LENGTH = 256;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;

  private final Context ctx;

  RequestParams(Context ctx) {
    this.ctx = ctx;
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** Words to search for, or null when none were given. */
  String words(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    return text(name, v, MAX_QUERY_LENGTH);
  }

  /** A category by label or slug ("armed-conflicts-and-attacks"), as its label, or null when none was given. */
  String category(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    Category c = Category.parse(v);
    if (c == null) {
      throw ApiException.badRequest(name + " must be one of " + String.join(", ",
          java.util.Arrays.stream(Category.values()).map(Category::slug).toList()) + "; got \"" + shorten(v) + "\"");
    }
    return c.label();
  }

  LocalDate day(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, got \"" + shorten(v) + "\"");
    }
  }

  /** A path parameter naming a stored thing: an event id or an entity name. */
  String pathId(String name) {
    return text(name, ctx.pathParam(name), MAX_ID_LENGTH);
  }

  /** A required query parameter naming a stored thing. */
  String requiredId(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      throw ApiException.badRequest(name + " is required");
    }
    return text(name, v, MAX_ID_LENGTH);
  }

  private int integer(String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be within " + min + ".." + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got \"" + shorten(v) + "\"");
    }
  }

  private static String text(String name, String v, int maxLength) {
    if (v.length() > maxLength) {
      throw ApiException.badRequest(name + " is longer than " + maxLength + " characters");
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw ApiException.badRequest(name + " must not hold control characters");
      }
    }
    return v;
  }

  private static String shorten(String v) {
    String clean = v.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
  }
}
