package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

  private final EntityResolver resolver = new EntityResolver(Gazetteer.countries());

  @Test
  void transliterationVariantsAreTheSameSpelling() {
    for (List<String> same : List.of(List.of("Daraa", "Deraa"), List.of("Daraa", "Dar'a"), List.of("Nassib", "Naseeb"),
        List.of("Hodeidah", "Hudaydah"), List.of("Misrata", "Misratah"), List.of("Benghazi", "Bengazi"),
        List.of("Jalal-Abad", "Dzhalal-Abad"), List.of("Gazipur", "Ghazipur"), List.of("al-Assad", "Assad"))) {
      assertTrue(io.newsdesk.core.text.Spellings.sameSpelling(same.get(0), same.get(1)), same.toString());
    }
  }

  @Test
  void differentNamesAreNot() {
    for (List<String> other : List.of(List.of("Iran", "Iraq"), List.of("Homs", "Hama"), List.of("Damascus", "Dumas"),
        List.of("Paris", "Peru"), List.of("Salem", "Solomon"))) {
      assertFalse(io.newsdesk.core.text.Spellings.sameSpelling(other.get(0), other.get(1)), other.toString());
    }
  }

  @Test
  void countryAliasesMergeUnderTheCountryName() {
    List<Entity> entities = resolver.resolve(List.of(new Mention("US", EntityType.PLACE, "a"),
        new Mention("United States", EntityType.PLACE, "b"), new Mention("Jim Jordan", EntityType.PERSON, "a"),
        new Mention("Jordan", EntityType.PLACE, "a")));
    assertEquals(3, entities.size(), entities.toString());
    Entity us = entities.stream().filter(e -> e.name().equals("United States")).findFirst().orElseThrow();
    assertTrue(us.variants().contains("US"));
    assertEquals(List.of("a", "b"), us.sources());
  }

  @Test
  void aMentionTypedByItsOwnWordsOutweighsReadingsOfContext() {
    // "Deraa province" twice against three readings of "to attack Deraa" as a person: the spellings are one entity
    List<Entity> entities = resolver.resolve(List.of(new Mention("Daraa", EntityType.PLACE, "a", true),
        new Mention("Deraa", EntityType.PLACE, "b", true), new Mention("Deraa", EntityType.PERSON, "b"),
        new Mention("Daraa", EntityType.PERSON, "a"), new Mention("Deraa", EntityType.PERSON, "b")));
    assertEquals(1, entities.size(), entities.toString());
    assertEquals(EntityType.PLACE, entities.get(0).type());
    // without the rule's weight the readings win
    List<Entity> unsure = resolver.resolve(List.of(new Mention("Daraa", EntityType.PLACE, "a"),
        new Mention("Deraa", EntityType.PLACE, "b"), new Mention("Deraa", EntityType.PERSON, "b"),
        new Mention("Daraa", EntityType.PERSON, "a"), new Mention("Deraa", EntityType.PERSON, "b")));
    assertEquals(EntityType.PERSON, unsure.get(0).type());
  }

  @Test
  void aNameNoRuleTypedIsPlacedWhenItIsAWellKnownTownButNotWhenItIsAnAcronym() {
    EntityResolver withWorld = new EntityResolver(Gazetteer.countries(), GeoFixtures::world);
    Entity cairo = withWorld.resolve(List.of(new Mention("Cairo", EntityType.OTHER, "a"))).get(0);
    assertEquals(EntityType.PLACE, cairo.type());
    // "SANA said": the news agency, not Sana'a
    Entity acronym = withWorld.resolve(List.of(new Mention("CAIRO", EntityType.OTHER, "a"))).get(0);
    assertEquals(EntityType.OTHER, acronym.type());
  }

  @Test
  void anAcronymTheTextDefinesIsOneEntityWithItsName() {
    String isil = "Islamic State of Iraq and the Levant";
    List<Entity> entities = resolver.resolve(List.of(
        new Mention(isil, EntityType.ORGANIZATION, "a"),
        new Mention("ISIL", EntityType.ORGANIZATION, "a", false, isil),
        new Mention("ISIL", EntityType.OTHER, "b"),
        new Mention("ISIL", EntityType.OTHER, "b"),
        new Mention("NATO", EntityType.ORGANIZATION, "b")));

    assertEquals(2, entities.size(), entities.toString());
    Entity group = entities.stream().filter(e -> e.variants().contains(isil)).findFirst().orElseThrow();
    assertEquals("ISIL", group.name(), "the most named spelling names the entity");
    assertEquals(EntityType.ORGANIZATION, group.type());
    assertEquals(List.of("a", "b"), group.sources());
    // defined but never named alone: a spelling of the acronym's entity all the same
    Entity defined = resolver.resolve(List.of(new Mention("HTS", EntityType.ORGANIZATION, "a", false,
        "Hayat Tahrir al-Sham"))).get(0);
    assertEquals(List.of("HTS", "Hayat Tahrir al-Sham"), defined.variants());
  }

  @Test
  void acronymsAreMadeOfTheInitialsOfTheirNames() {
    assertTrue(Names.abbreviates("ISIL", "Islamic State of Iraq and the Levant"));
    assertTrue(Names.abbreviates("IS", "Islamic State"));
    assertTrue(Names.abbreviates("UNSC", "UN Security Council"));
    assertTrue(Names.abbreviates("UNSC", "United Nations Security Council"));
    assertTrue(Names.abbreviates("HTS", "Hayat Tahrir al-Sham"));
    assertTrue(Names.abbreviates("JSDF", "Japan Self-Defense Forces"));
    assertFalse(Names.abbreviates("AP", "Sao Paulo"));
    assertFalse(Names.abbreviates("IS", "Islamic State of Iraq"));
    assertFalse(Names.abbreviates("Isis", "Islamic State of Iraq and Syria"), "no acronym");
  }
}
