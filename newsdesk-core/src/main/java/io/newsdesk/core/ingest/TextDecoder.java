package io.newsdesk.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string without knowing its encoding: a BOM wins, then strict UTF-8,
 * then Windows-1252 (a superset of Latin-1's printable characters, which is what old news archives use).
 * Binary content is refused rather than decoded into noise.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;

  private TextDecoder() {}

  public static String decode(byte[] bytes) throws UnreadableContentException {
    return decode(bytes, 0, bytes.length);
  }

  public static String decode(byte[] bytes, int offset, int length) throws UnreadableContentException {
    if (length >= 2 && (bytes[offset] & 0xff) == 0xfe && (bytes[offset + 1] & 0xff) == 0xff) {
      return new String(bytes, offset + 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[offset] & 0xff) == 0xff && (bytes[offset + 1] & 0xff) == 0xfe) {
      return new String(bytes, offset + 2, length - 2, StandardCharsets.UTF_16LE);
    }
    if (length >= 3 && (bytes[offset] & 0xff) == 0xef && (bytes[offset + 1] & 0xff) == 0xbb
        && (bytes[offset + 2] & 0xff) == 0xbf) {
      offset += 3;
      length -= 3;
    }
    checkNotBinary(bytes, offset, length);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, offset, length, WINDOWS_1252);
    }
  }

  /** NUL bytes, or many control characters, in the first 8 KiB mean binary data (images, archives, PDFs). */
  private static void checkNotBinary(byte[] bytes, int offset, int length) throws UnreadableContentException {
    int sniff = Math.min(length, SNIFF);
    int control = 0;
    for (int i = offset; i < offset + sniff; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new UnreadableContentException("binary content (NUL byte at offset " + (i - offset) + "), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (sniff > 0 && control * 10 > sniff) {
      throw new UnreadableContentException("binary content (" + control + " control bytes in the first "
          + sniff + "), not text");
    }
  }
}
