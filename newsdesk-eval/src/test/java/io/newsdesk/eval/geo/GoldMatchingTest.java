package io.newsdesk.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.core.facts.GeoPlace;
import io.newsdesk.core.facts.Toponym;
import io.newsdesk.eval.data.Lgl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldMatchingTest {

  // "Flood in Alexandria, Rapides Parish and Mars."
  private static final List<Lgl.GoldToponym> GOLD = List.of(
      new Lgl.GoldToponym(9, 19, "Alexandria", 31.31, -92.45),
      new Lgl.GoldToponym(21, 35, "Rapides Parish", 31.17, -92.48),
      new Lgl.GoldToponym(40, 44, "Mars", null, null));

  private static GeoPlace at(String name, double lat, double lon) {
    return new GeoPlace(name, lat, lon, "US", "LA", GeoPlace.Kind.TOWN, 1000);
  }

  @Test
  void endToEndNeedsTheExactSpanAPlacedGoldToponymAndAPlaceWithin161Km() {
    List<Toponym> found = List.of(
        new Toponym(9, 19, "Alexandria"),     // exact span, placed near gold: right
        new Toponym(21, 28, "Rapides"),       // overlaps a gold span but is not it: wrong
        new Toponym(40, 44, "Mars"),          // exact span, but gold has no position: never right
        new Toponym(0, 5, "Flood"));          // no gold span at all
    Map<String, GeoPlace> chosen = Map.of(
        "Alexandria", at("Alexandria", 31.3, -92.4),
        "Rapides", at("Rapides", 31.17, -92.48),
        "Mars", at("Mars", 40.7, -80.0),
        "Flood", at("Flood", 31.3, -92.4));
    assertEquals(1, GoldMatching.rightEndToEnd(found, chosen, GOLD));
    assertEquals(2, GoldMatching.exactSpans(found, GOLD), "recognition counts Mars, geocoding cannot");
    assertEquals(3, GoldMatching.goldSpans(GOLD));
    assertEquals(2, GoldMatching.placedSpans(GOLD));
  }

  @Test
  void aPlaceFarFromGoldOrNotPlacedAtAllIsWrong() {
    List<Toponym> found = List.of(new Toponym(9, 19, "Alexandria"), new Toponym(21, 35, "Rapides Parish"));
    Map<String, GeoPlace> egypt = Map.of("Alexandria", at("Alexandria", 31.2, 29.92));
    assertEquals(0, GoldMatching.rightEndToEnd(found, egypt, GOLD), "the Egyptian one is 11,000 km off");
    assertEquals(0, GoldMatching.rightOnGoldSpans(GOLD, egypt));
    Map<String, GeoPlace> near = Map.of("Alexandria", at("Alexandria", 31.3, -92.4),
        "Rapides Parish", at("Rapides Parish", 32.5, -92.48));
    assertEquals(2, GoldMatching.rightEndToEnd(found, near, GOLD), "148 km off counts, 161 km is the limit");
    Map<String, GeoPlace> far = Map.of("Alexandria", at("Alexandria", 31.3, -92.4),
        "Rapides Parish", at("Rapides Parish", 32.7, -92.48));
    assertEquals(1, GoldMatching.rightEndToEnd(found, far, GOLD), "170 km off does not");
    assertEquals(1, GoldMatching.rightOnGoldSpans(GOLD, Map.of("Alexandria", at("Alexandria", 31.3, -92.4))));
  }

  @Test
  void figuresDivideByFoundAndByPlacedGold() {
    GeoScore s = new GeoScore(1, 3, 2, 4, 2, 1, 1, 0, 1, 0);
    assertEquals(0.25, s.endToEndPrecision());
    assertEquals(0.5, s.endToEndRecall());
    assertEquals(2 * 0.25 * 0.5 / 0.75, s.endToEndF1(), 1e-12);
    assertEquals(0.5, s.accuracy());
  }
}
