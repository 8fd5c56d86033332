package io.newsdesk.core.facts;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBasedFactExtractorTest {

  private static final Document FIRST = doc("first", "Post", "2025-03-12", "Army retakes Nassib crossing",
      "Government troops entered the Nassib border crossing on Friday, officials said.\n"
          + "The United Nations says the fighting in Daraa province has forced more than 120,000 people to flee.\n"
          + "\"We will hand over the heavy weapons in stages,\" said Abu Karim, a spokesman for the rebel council.\n"
          + "Fighting around Deraa killed 14 people, the civil defence said.\n"
          + "Jordan closed its side of the border. Bashar al-Assad visited the troops.");
  private static final Document SECOND = doc("second", "Ledger", "2025-03-13", null,
      "Troops held the Nasib crossing with Jordan on Saturday. Assad praised the army.\n"
          + "Syrian forces also took 8 border posts in Deraa province.\n"
          + "Local doctors said 19 people were killed in the fighting.");

  private final EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(List.of(FIRST, SECOND));

  private Optional<Entity> entity(String variant) {
    return facts.entities().stream().filter(e -> e.variants().contains(variant)).findFirst();
  }

  @Test
  void spellingVariantsAreOneEntity() {
    Entity daraa = entity("Daraa").orElseThrow();
    assertTrue(daraa.variants().contains("Deraa"), daraa.toString());
    assertEquals(EntityType.PLACE, daraa.type());
    assertEquals(List.of("first", "second"), daraa.sources());
    assertTrue(entity("Nassib").orElseThrow().variants().contains("Nasib"));
  }

  @Test
  void surnamesJoinTheFullNameButCountriesStayApart() {
    Entity assad = entity("Assad").orElseThrow();
    assertTrue(assad.variants().contains("Bashar al-Assad"), assad.toString());
    Entity jordan = entity("Jordan").orElseThrow();
    assertEquals(List.of("Jordan"), jordan.variants());
    assertNotNull(jordan.lat());
  }

  @Test
  void demonymsActForTheirCountry() {
    Entity syria = entity("Syria").orElseThrow();
    assertEquals(EntityType.PLACE, syria.type());
    assertEquals(List.of("second"), syria.sources());
  }

  @Test
  void figuresSayWhatTheyCountAndWhoClaimsThem() {
    Figure fled = facts.figures().stream().filter(f -> f.value().equals("120,000")).findFirst().orElseThrow();
    assertEquals("more than", fled.qualifier());
    assertEquals(120_000, fled.number());
    assertTrue(fled.what().startsWith("people to flee"), fled.what());
    assertEquals("United Nations", fled.claimedBy());
    Figure posts = facts.figures().stream().filter(f -> f.value().equals("8")).findFirst().orElseThrow();
    assertEquals("border posts", posts.what());
  }

  @Test
  void differentDeathTollsFromDifferentArticlesAreAConflict() {
    assertEquals(1, facts.conflicts().size(), facts.conflicts().toString());
    var claims = facts.conflicts().get(0).claims();
    assertEquals(List.of("14", "19"), claims.stream().map(c -> c.value()).toList());
    assertEquals("civil defence", claims.get(0).claimedBy());
  }

  @Test
  void quotesHaveSpeakersAndAffiliations() {
    Quote q = facts.quotes().get(0);
    assertEquals("We will hand over the heavy weapons in stages", q.text());
    assertEquals("Abu Karim", q.speaker());
    assertEquals("rebel council", q.affiliation());
  }

  @Test
  void emptyEvent() {
    EventFacts none = new RuleBasedFactExtractor(Gazetteer.countries()).extract(List.of());
    assertTrue(none.entities().isEmpty() && none.figures().isEmpty() && none.quotes().isEmpty());
  }

  @Test
  void wordsThatOnlyOpenSentencesAreNotNames() {
    assertFalse(entity("Fighting").isPresent());
    assertFalse(entity("Troops").isPresent());
  }
}
