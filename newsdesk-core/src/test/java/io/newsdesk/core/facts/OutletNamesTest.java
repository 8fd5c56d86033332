package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletNamesTest {

  private static io.newsdesk.core.model.Document from(String outlet) {
    return new DocumentAnalyzer().analyze(new Article("a-" + outlet, "test", null, "Title",
        Instant.parse("2018-07-06T10:00:00Z"), outlet, "en", "Troops moved south on Friday."));
  }

  @Test
  void hostsAreKnownByTheirOwnLabelAndNamesByTheirLetters() {
    assertEquals("aljazeera", OutletNames.hostKey("www.aljazeera.com"));
    assertEquals("bbc", OutletNames.hostKey("bbc.co.uk"));
    assertEquals("cnn", OutletNames.hostKey("edition.cnn.com"));
    assertEquals("sana", OutletNames.hostKey("sana.sy"));
    assertEquals("guardian", OutletNames.nameKey("The Guardian"));

    OutletNames outlets = OutletNames.of(List.of(from("www.aljazeera.com"), from("The Guardian"), from(null)));
    assertTrue(outlets.names("Al Jazeera"));
    assertTrue(outlets.names("Al-Jazeera"));
    assertTrue(outlets.names("Guardian"));
    assertFalse(outlets.names("Al Arabiya"));
    assertFalse(OutletNames.of(List.of(from(null))).names("Al Jazeera"));
  }
}
