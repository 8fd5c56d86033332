package io.newsdesk.core.facts;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.core.model.FiveWs;
import org.junit.jupiter.api.Test;

class LeadFiveWExtractorTest {

  private final LeadFiveWExtractor extractor = new LeadFiveWExtractor(GeoFixtures.world());

  @Test
  void answersFromTheLeadEachTracedToItsSentence() {
    FiveWs w = extractor.extract(doc("a1", "Wire", "2025-03-14", "Floods in Alexandria",
        "Heavy floods killed six people in Alexandria on Friday because the old dam failed. "
            + "Rescuers reached the town by boat. Officials will meet next week."));
    assertEquals("Heavy floods", w.who().text());
    assertEquals("killed six people in Alexandria on Friday because the old dam failed; Floods in Alexandria",
        w.what().text());
    assertEquals("Alexandria", w.where().text());
    assertEquals("Friday (Friday 14 March 2025)", w.when().text(), "the lead's words, then the day they name");
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

  @Test
  void whenIsTheMostRecentDayTheLeadNamesWithItsClockTime() {
    FiveWs w = extractor.extract(doc("t1", "Post", "2016-11-12", "Clinton blames FBI letter",
        "The letter sent before Tuesday's vote cost her the race, Clinton told donors on Saturday. "
            + "She was born on October 26, 1947."));
    assertEquals("Saturday (Saturday 12 November 2016)", w.when().text(),
        "Tuesday's vote is background to what she said on Saturday");
    FiveWs clock = extractor.extract(doc("t2", "Post", "2016-11-09", null,
        "A tram overturned at 6.10am on Wednesday in a tunnel. Seven people died."));
    assertEquals("at 6.10am on Wednesday (Wednesday 9 November 2016)", clock.when().text());
  }

  @Test
  void aNamedOccasionSaysWhenTheArticleNamesNoDay() {
    FiveWs w = extractor.extract(doc("t3", "Post", "2016-11-13", "Massa crashes out of the Brazilian Grand Prix",
        "Massa lost control in heavy rain in his last home race. He was born in 1981."));
    assertEquals("Brazilian Grand Prix", w.when().text(), "a birth year long before publication is background");
  }

  @Test
  void whereIsTheSiteThePlacesAndTheDatelineButNoPersonsName() {
    FiveWs w = extractor.extract(doc("p1", "Wire", "2016-11-10", "Obama meets Trump at the White House",
        "WASHINGTON (Wire) — President Barack Obama met Donald Trump at the White House on Thursday."));
    assertEquals("White House, Washington", w.where().text(),
        "Obama, a town in Japan, is a person's name in this article");
    FiveWs venue = extractor.extract(doc("p2", "Wire", "2016-11-13", null,
        "Lewis Hamilton won the race at Interlagos in heavy rain. Lewis said it was hard."));
    assertEquals("Interlagos", venue.where().text(), "a venue the gazetteer lacks; Lewis is Lewis Hamilton");
  }

  @Test
  void theHeadlineSaysWhoWhenNoLeadSentenceHasASubject() {
    FiveWs w = extractor.extract(doc("h1", "Wire", "2016-11-13", "Hamilton wins at Interlagos",
        "World champion keeps hopes alive."));
    assertEquals("Hamilton", w.who().text());
    assertEquals(-1, w.who().sentence());
    FiveWs thing = extractor.extract(doc("h2", "Wire", "2016-11-10", "Trump meets with Obama",
        "The meeting in the Oval Office will launch a transition."));
    assertEquals("The meeting in the Oval Office; Trump", thing.who().text(),
        "a lead whose subject is a thing gets the headline's actor beside it");
  }
}
