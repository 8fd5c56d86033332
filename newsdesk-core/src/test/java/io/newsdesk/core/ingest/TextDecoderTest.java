package io.newsdesk.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodesUtf8() throws Exception {
    assertEquals("Türkiye — Dar’a", TextDecoder.decode("Türkiye — Dar’a".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fallsBackToWindows1252ForLatin1() throws Exception {
    byte[] latin1 = "Café in São Tomé".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Café in São Tomé", TextDecoder.decode(latin1));
  }

  @Test
  void honoursByteOrderMarks() throws Exception {
    byte[] utf8Bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'};
    assertEquals("hi", TextDecoder.decode(utf8Bom));
    byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("hello", TextDecoder.decode(utf16));
  }

  @Test
  void refusesBinaryContent() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    UnreadableContentException e = assertThrows(UnreadableContentException.class, () -> TextDecoder.decode(png));
    assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
  }

  @Test
  void emptyInputIsEmptyText() throws Exception {
    assertEquals("", TextDecoder.decode(new byte[0]));
  }
}
