package io.newsdesk.core.ingest.html;

import io.newsdesk.core.ingest.UnreadableContentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns the bytes of a web page into a parsed document, choosing the character set as browsers do (a byte order
 * mark, then the HTTP header, then {@code <meta charset>}) but distrusting the two labels that are most often
 * wrong: a page labelled Latin-1 whose bytes are valid UTF-8 is UTF-8, and a page labelled UTF-8 whose bytes
 * are not is Windows-1252. Unlabelled pages are UTF-8 when they decode as such, else Windows-1252.
 */
public final class HtmlDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int META_SNIFF_BYTES = 4096;
  private static final int BINARY_SNIFF_BYTES = 1024;
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)");

  private HtmlDecoder() {}

  /**
   * Parses a page.
   *
   * @param bytes           the page as fetched
   * @param declaredCharset the charset an HTTP header named, or null
   * @param location        the page's address, for resolving links and as its fallback URL; may be empty
   */
  public static Document parse(byte[] bytes, String declaredCharset, String location)
      throws UnreadableContentException {
    return Jsoup.parse(decode(bytes, declaredCharset), location == null ? "" : location);
  }

  /** The text of a page's bytes; throws when they are binary data rather than a page. */
  public static String decode(byte[] bytes, String declaredCharset) throws UnreadableContentException {
    if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xfe, 0xff)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xff, 0xfe)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    checkNotBinary(bytes);
    Optional<Charset> label = charset(declaredCharset).or(() -> metaCharset(bytes));
    Optional<String> utf8 = strictUtf8(bytes);
    if (label.isEmpty() || label.get().equals(StandardCharsets.UTF_8)) {
      return utf8.orElseGet(() -> new String(bytes, WINDOWS_1252));
    }
    if (isLatin(label.get())) {
      // Valid UTF-8 with any byte over 127 is almost never Latin-1 text: such pages were mislabelled.
      return utf8.orElseGet(() -> new String(bytes, WINDOWS_1252));
    }
    return new String(bytes, label.get());
  }

  /** A charset name as HTTP headers and meta tags write it, if Java knows it. */
  public static Optional<Charset> charset(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = name.strip().replaceAll("^[\"']|[\"']$", "");
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  private static boolean isLatin(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.equals("iso-8859-1") || n.equals("us-ascii") || n.equals("windows-1252") || n.equals("iso-8859-15");
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static void checkNotBinary(byte[] bytes) throws UnreadableContentException {
    for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new UnreadableContentException("binary content (NUL byte at offset " + i + "), not a web page");
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
