package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldGazetteerTest {

  private final WorldGazetteer world = GeoFixtures.world();

  @Test
  void namesAreComparedWithoutCaseAccentsApostrophesAndHyphens() {
    assertEquals("dara", WorldGazetteer.key("Dar‘ā"));
    assertEquals(WorldGazetteer.key("Saint Denis"), WorldGazetteer.key("Saint-Denis"));
    assertEquals("us", WorldGazetteer.key("U.S."));
    assertEquals("sao paulo", WorldGazetteer.key("  São   Paulo "));
  }

  @Test
  void everyTransliterationFindsTheTownAndCodesAndOtherScriptsDoNot() {
    for (String spelling : List.of("Daraa", "Deraa", "Dar'a", "Dar‘ā", "DERAA")) {
      assertEquals(List.of("Dar‘ā"), world.candidates(spelling).stream().map(GeoPlace::name).toList(), spelling);
    }
    assertTrue(world.candidates("DRA").isEmpty(), "a three-letter code is no name");
    assertTrue(world.candidates("درعا").isEmpty(), "Arabic script cannot match English text");
  }

  @Test
  void countriesComeFirstThenDivisionsThenTownsByPopulation() {
    List<GeoPlace> alexandria = world.candidates("Alexandria");
    assertEquals(List.of("EG", "US"), alexandria.stream().map(GeoPlace::country).toList());
    List<GeoPlace> georgia = world.candidates("Georgia");
    assertEquals(GeoPlace.Kind.COUNTRY, georgia.get(0).kind());
    GeoPlace louisiana = world.candidates("Louisiana").get(0);
    assertEquals(GeoPlace.Kind.REGION, louisiana.kind());
    assertTrue(louisiana.distanceKm(31.3, -92.4) < 200, "placed among its towns: " + louisiana);
    assertTrue(world.isAbbreviation("La."));
    assertFalse(world.isAbbreviation("La"));
  }

  @Test
  void demonymsNameTheirCountryOrRegion() {
    assertEquals("Syria", world.countryOf("Syrian").name());
    assertEquals("Darfur", world.countryOf("Darfuri").name());
    assertEquals(null, world.countryOf("Martian"));
  }

  @Test
  void aUserAddsPlacesAndSpellingsFromAFile(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("places.tsv");
    Files.writeString(mine, "# my places\nNassib\tNasib|Naseeb\t32.54\t36.2\tSY\t500\n");
    WorldGazetteer g = GeoFixtures.world().withPlaces(mine);
    assertEquals("Nassib", g.candidates("Naseeb").get(0).name());

    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "Nassib\tNasib\t32.54\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.withPlaces(bad));
    assertTrue(e.getMessage().startsWith(bad + ":1: expected 6"), e.getMessage());
  }

  @Test
  void theShippedGazetteerHoldsTheWorldsTowns() {
    WorldGazetteer shipped = WorldGazetteer.load();
    assertTrue(shipped.size() > 190_000, "GeoNames towns of 500 people or more: " + shipped.size());
    GeoPlace amman = shipped.candidates("Amman").get(0);
    assertEquals("JO", amman.country());
    assertTrue(amman.distanceKm(31.95, 35.93) < 10);
  }
}
