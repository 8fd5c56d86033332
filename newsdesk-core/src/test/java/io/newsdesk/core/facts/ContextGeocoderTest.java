package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextGeocoderTest {

  private final WorldGazetteer world = GeoFixtures.world();
  private final Geocoder geocoder = new ContextGeocoder(world);

  private String country(List<String> names, String name, GeoPlace home) {
    return geocoder.locate(names, home).get(name).country();
  }

  @Test
  void alexandriaIsReadByTheCompanyItKeeps() {
    assertEquals("EG", country(List.of("Alexandria"), "Alexandria", null), "alone: the bigger one");
    assertEquals("EG", country(List.of("Alexandria", "Cairo"), "Alexandria", null));
    assertEquals("US", country(List.of("Alexandria", "Louisiana", "Pineville"), "Alexandria", null));
    assertEquals("US", country(List.of("Alexandria", "Shreveport"), "Alexandria", null), "near a town of its state");
  }

  @Test
  void theOutletsHomeDecidesWhereNothingElseDoes() {
    GeoPlace texas = world.candidates("Texas").get(0);
    assertEquals("FR", country(List.of("Paris"), "Paris", null));
    assertEquals("US", country(List.of("Paris"), "Paris", texas));
  }

  @Test
  void aCountyIsPutAmongTheArticlesTownsOfItsState() {
    Map<String, GeoPlace> chosen = geocoder.locate(List.of("Alexandria", "Pineville", "Rapides Parish", "Louisiana"),
        null);
    GeoPlace parish = chosen.get("Rapides Parish");
    assertTrue(parish.distanceKm(31.17, -92.48) < 50, "Rapides Parish at " + parish);
    assertNull(geocoder.locate(List.of("Rapides Parish"), null).get("Rapides Parish"), "nowhere to put it alone");
  }

  @Test
  void demonymsAreTheirCountriesAndUnknownNamesAreLeftOut() {
    Map<String, GeoPlace> chosen = geocoder.locate(List.of("Syrian", "Americans", "Narnia"), null);
    assertEquals("SY", chosen.get("Syrian").country());
    assertEquals("US", chosen.get("Americans").country());
    assertEquals(2, chosen.size());
  }
}
