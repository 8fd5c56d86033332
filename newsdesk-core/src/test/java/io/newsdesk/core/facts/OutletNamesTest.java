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

    OutletNames outlets = OutletNames.of(List.of(from("www.kelportnow.com"), from("The Vessby Courier"), from(null)));
    assertTrue(outlets.names("Kelport Now"));
    assertTrue(outlets.names("Kelport-Now"));
    assertTrue(outlets.names("Vessby Courier"));
    assertFalse(outlets.names("Kelport Gazette"));
    assertFalse(OutletNames.of(List.of(from(null))).names("Kelport Now"));
  }

  @Test
  void theOutletsNewsCitesAreKnownWithoutAnArticleOfTheirs() {
    OutletNames none = OutletNames.of(List.of());
    for (String cited : List.of("Reuters", "Associated Press", "SANA", "Al Jazeera", "Al-Jazeera", "New York Times",
        "Süddeutsche Zeitung", "Suddeutsche Zeitung", "APA", "RT", "Tass", "TASS")) {
      assertTrue(none.names(cited), cited);
    }
    // names that are also a person's, a place's or a common word are listed only in a longer form
    for (String ambiguous : List.of("Bloomberg", "Fox", "Dawn", "Hindu", "Independent", "Spiegel", "Al Masdar",
        "Apa", "R T", "Sana")) {
      assertFalse(none.names(ambiguous), ambiguous);
    }
  }
}
