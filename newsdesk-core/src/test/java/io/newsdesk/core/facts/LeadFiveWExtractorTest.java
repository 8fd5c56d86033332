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
    assertEquals("killed six people in Alexandria", w.what().text(),
        "the lead's predicate (the headline has no verb), cut at six words and not on the word that opens a phrase");
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
  void whereIsOnePlaceTheTownBeforeItsCountryAndTheOthersApart() {
    FiveWs w = extractor.extract(doc("p0", "Wire", "2025-03-14", "Floods in Egypt",
        "Heavy rain flooded Alexandria in Egypt on Friday. Rescuers came from Cairo."));
    assertEquals("Alexandria", w.where().text());
    assertEquals(java.util.List.of("Egypt", "Cairo"), w.otherPlaces(), "the lead's other places, in order");
  }

  @Test
  void whereIsTheTownOfTheDatelineWithTheSiteBesideItButNoPersonsName() {
    FiveWs w = extractor.extract(doc("p1", "Wire", "2016-11-10", "Obama meets envoy at Blair Lodge",
        "WASHINGTON (Wire) — President Barack Obama met the envoy at Blair Lodge on Thursday."));
    assertEquals("Washington", w.where().text());
    assertEquals(java.util.List.of("Blair Lodge"), w.otherPlaces(),
        "a site by the grammar; Obama, a town in Japan, is a person's name in this article");
    FiveWs venue = extractor.extract(doc("p2", "Wire", "2016-11-13", null,
        "Lewis Carter won the race at Redmoor in heavy rain. Lewis said it was hard."));
    assertEquals("Redmoor", venue.where().text(), "a site the gazetteer lacks; Lewis is Lewis Carter");
  }

  @Test
  void theHeadlineSaysWhoWhenNoLeadSentenceHasASubject() {
    FiveWs w = extractor.extract(doc("h1", "Wire", "2016-11-13", "Carter wins at Redmoor",
        "World champion keeps hopes alive."));
    assertEquals("Carter", w.who().text());
    assertEquals(-1, w.who().sentence());
    FiveWs thing = extractor.extract(doc("h2", "Wire", "2016-11-10", "Lund meets with Okafor",
        "The meeting in the Blue Room will launch a transition."));
    assertEquals("The meeting in the Blue Room; Lund", thing.who().text(),
        "a lead whose subject is a thing gets the headline's actor beside it");
  }

  @Test
  void aHeadlineInThePresentHasItsVerbInS() {
    FiveWs w = extractor.extract(doc("h3", "Wire", "2025-03-14", "Army takes border town", "It was quiet."));
    assertEquals("Army", w.who().text());
    assertEquals("takes border town", w.what().text());
    FiveWs say = extractor.extract(doc("h4", "Wire", "2025-03-14", "Local officials say talks failed",
        "It was quiet."));
    assertEquals("Local officials", say.who().text(), "a plural noun before a known verb is no verb");
    FiveWs floods = extractor.extract(doc("h5", "Wire", "2025-03-14", "Heavy storms kill four on the coast",
        "It was quiet."));
    assertEquals("Heavy storms", floods.who().text(), "after a plural, a verb in its base form");
    assertEquals("kill four on the coast", floods.what().text());
  }

  @Test
  void whoAndWhatComeFromTheSentenceAskedAbout() {
    var d = doc("f1", "Wire", "2025-03-14", "Army takes border town",
        "Neighbours sent troops to the border on Friday. The army took the town after a siege.");
    assertEquals("Neighbours", extractor.extract(d).who().text(), "the lead's first subject");
    FiveWs atTitle = extractor.extract(d, -1);
    assertEquals("Army", atTitle.who().text());
    assertEquals("takes border town", atTitle.what().text());
    FiveWs atSecond = extractor.extract(d, 1);
    assertEquals("The army", atSecond.who().text());
    assertEquals("took the town after a siege", atSecond.what().text());
  }
}
