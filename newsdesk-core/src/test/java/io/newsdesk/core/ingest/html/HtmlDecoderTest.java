package io.newsdesk.core.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.ingest.UnreadableContentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

  private static final String TEXT = "Café owners in Zürich say “prices” rose – again";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void followsAMetaCharset() throws UnreadableContentException {
    assertEquals(TEXT, text(page("<meta charset=\"windows-1252\">", WINDOWS_1252), null));
    assertEquals(TEXT, text(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
        WINDOWS_1252), null));
  }

  @Test
  void letsTheHttpHeaderWinOverTheMetaTag() throws UnreadableContentException {
    String russian = "Цены на хлеб выросли";
    byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + russian + "</p></body></html>")
        .getBytes(Charset.forName("windows-1251"));
    assertEquals(russian, HtmlDecoder.parse(bytes, "windows-1251", "").body().text());
  }

  @Test
  void readsUtf8LabelledLatin1AsUtf8() throws UnreadableContentException {
    // The most common wrong label: a UTF-8 page that says ISO-8859-1.
    assertEquals(TEXT, text(page("<meta charset=\"iso-8859-1\">", StandardCharsets.UTF_8), null));
    assertEquals(TEXT, text(page("", StandardCharsets.UTF_8), "ISO-8859-1"));
  }

  @Test
  void readsLatin1LabelledUtf8AsWindows1252() throws UnreadableContentException {
    assertEquals(TEXT, text(page("<meta charset=\"utf-8\">", WINDOWS_1252), null));
  }

  @Test
  void guessesUnlabelledPages() throws UnreadableContentException {
    assertEquals(TEXT, text(page("", StandardCharsets.UTF_8), null));
    assertEquals(TEXT, text(page("", WINDOWS_1252), null));
  }

  @Test
  void ignoresUnknownCharsetNames() throws UnreadableContentException {
    assertEquals(TEXT, text(page("<meta charset=\"no-such-charset\">", StandardCharsets.UTF_8), "x-bogus"));
  }

  @Test
  void followsAByteOrderMark() throws UnreadableContentException {
    byte[] utf16 = ("\ufeff<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_16BE);
    assertEquals(TEXT, text(utf16, "windows-1252"));
  }

  @Test
  void refusesBinaryContent() {
    UnreadableContentException e = assertThrows(UnreadableContentException.class,
        () -> HtmlDecoder.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null, ""));
    assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
  }

  private static byte[] page(String head, Charset charset) {
    return ("<html><head>" + head + "</head><body><p>" + TEXT + "</p></body></html>").getBytes(charset);
  }

  private static String text(byte[] bytes, String httpCharset) throws UnreadableContentException {
    return HtmlDecoder.parse(bytes, httpCharset, "").body().text();
  }
}
