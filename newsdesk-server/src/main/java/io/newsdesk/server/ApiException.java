package io.newsdesk.server;

/**
 * A request the server refuses, with the status and a message for whoever sent it. Handlers throw it; the
 * server turns it into the one error body of the API (or an error page) in one place.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status must be within 400..599, got " + status);
    }
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  /** An error Javalin raised itself (no such route, body too large...), in the API's words. */
  public static ApiException forStatus(int status, String message) {
    String code = switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      default -> "http_" + status;
    };
    return new ApiException(status, code, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  public int status() {
    return status;
  }

  /** A stable word for programs: bad_request, not_found, unauthorized, forbidden, too_large, internal. */
  public String code() {
    return code;
  }
}
