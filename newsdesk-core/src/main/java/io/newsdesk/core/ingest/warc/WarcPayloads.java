package io.newsdesk.core.ingest.warc;

import io.newsdesk.core.ingest.ArticleSink;
import io.newsdesk.core.ingest.UnreadableContentException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/** Picks the HTML pages out of WARC records: which records hold one, and the page's bytes and declared charset. */
final class WarcPayloads {

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  /** Types servers send when they do not say; the bytes decide. */
  private static final Set<String> UNDECLARED_TYPES = Set.of("application/octet-stream", "unknown/unknown");
  private static final int SNIFF_BYTES = 512;

  private WarcPayloads() {}

  /**
   * A page found in a record.
   *
   * @param bytes   the page, transfer and content encodings undone
   * @param charset the charset the HTTP header or record named, or null
   * @param uri     the address it was captured from, or empty
   */
  record Payload(byte[] bytes, String charset, String uri) {}

  /** The record ends before its declared length: the file is cut short or corrupt from here on. */
  static final class TruncatedRecordException extends Exception {
    TruncatedRecordException(String message) {
      super(message);
    }
  }

  /**
   * The HTML page a record holds, or null when the record holds none (then counted as skipped in {@code sink}).
   *
   * @throws TruncatedRecordException when the file ends, or is corrupt, inside the record
   * @throws UnreadableContentException when the record is whole but its page cannot be read
   */
  static Payload htmlPayload(WarcRecord record, long maxBytes, ArticleSink sink)
      throws TruncatedRecordException, UnreadableContentException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      sink.skipped("WARC " + record.type() + " record");
      return null;
    }
    String uri = ((WarcTargetRecord) record).target();
    MediaType type;
    ReadableByteChannel body;
    try {
      if (record instanceof WarcResponse response && isHttp(record.contentType())) {
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
          sink.skipped("HTTP status " + http.status() / 100 + "xx");
          return null;
        }
        type = http.contentType();
        body = http.bodyDecoded();
      } else {
        type = record.contentType();
        body = record.body();
      }
    } catch (IOException e) {
      throw failure(record, "unreadable HTTP response", e);
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = HTML_TYPES.contains(base);
    if (!html && !UNDECLARED_TYPES.contains(base)) {
      sink.skipped("non-HTML payload (" + base + ")");
      return null;
    }
    byte[] bytes;
    try (InputStream in = Channels.newInputStream(body)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw failure(record, "unreadable payload", e);
    }
    if (bytes.length > maxBytes) {
      throw new UnreadableContentException(String.format(Locale.ROOT,
          "page over the %.1f MB limit for one article, skipped", maxBytes / 1e6));
    }
    if (!html && !looksLikeHtml(bytes)) {
      sink.skipped("non-HTML payload (" + base + ")");
      return null;
    }
    return new Payload(bytes, type.parameters().get("charset"), uri == null ? "" : uri);
  }

  private static boolean isHttp(MediaType recordType) {
    return recordType.base().toString().toLowerCase(Locale.ROOT).equals("application/http");
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .strip().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
  }

  /**
   * A failure inside a record is the file's when the record's own bytes ran out before their declared length (the
   * rest of the file cannot be trusted), else only the record's (say, a broken gzip payload inside a whole
   * record).
   */
  private static UnreadableContentException failure(WarcRecord record, String what, IOException e)
      throws TruncatedRecordException {
    boolean endOfFile = e instanceof EOFException;
    try {
      if (endOfFile && record.body().position() < record.body().size()) {
        throw new TruncatedRecordException(e.getMessage() == null ? "the file ends inside it" : e.getMessage());
      }
    } catch (IOException positionUnknown) {
      throw new TruncatedRecordException(e.getMessage());
    }
    return new UnreadableContentException(what + ": " + e.getMessage());
  }
}
