package io.newsdesk.core.facts;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LeadFiveWExtractorTest {

  private final LeadFiveWExtractor extractor = new LeadFiveWExtractor(
      new GazetteerToponymRecognizer(GeoFixtures.world()));

  @Test
  void answersFromTheLeadEachTracedToItsSentence() {
    FiveWs w = extractor.extract(doc("a1", "Wire", "2025-03-14", "Floods in Alexandria",
        "Heavy floods killed six people in Alexandria on Friday because the old dam failed. "
            + "Rescuers reached the town by boat. Officials will meet next week."));
    assertEquals("Heavy floods", w.who().text());
    assertEquals("killed six people in Alexandria on Friday because the old dam failed; Floods in Alexandria",
        w.what().text());
    assertEquals("Alexandria", w.where().text());
    assertEquals("on Friday", w.when().text());
    assertEquals("because the old dam failed", w.why().text());
    assertEquals("by boat", w.how().text());
    assertEquals(0, w.who().sentence());
    assertEquals(1, w.how().sentence());
    assertEquals("a1", w.where().article());
  }

  @Test
  void aPronounIsNoActorAndUnansweredQuestionsAreNull() {
    FiveWs w = extractor.extract(doc("a2", "Wire", "2025-03-14", null, "It was quiet."));
    assertNull(w.who());
    assertNull(w.where());
    assertNull(w.why());
  }
}
