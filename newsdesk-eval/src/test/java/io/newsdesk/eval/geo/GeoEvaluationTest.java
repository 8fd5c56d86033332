package io.newsdesk.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newsdesk.core.facts.GeoPlace;
import io.newsdesk.core.facts.Geocoder;
import io.newsdesk.core.facts.OutletHomes;
import io.newsdesk.core.facts.Toponym;
import io.newsdesk.core.facts.ToponymRecognizer;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.data.Lgl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoEvaluationTest {

  /** A tiny world in which the recogniser finds these names in a text and the geocoder puts them here. */
  private static final Map<String, GeoPlace> WORLD = Map.of(
      "Pineville", new GeoPlace("Pineville", 31.32, -92.43, "US", "LA", GeoPlace.Kind.TOWN, 14_000),
      "Alexandria", new GeoPlace("Alexandria", 31.31, -92.45, "US", "LA", GeoPlace.Kind.TOWN, 47_000),
      "Cairo", new GeoPlace("Cairo", 30.06, 31.25, "EG", "11", GeoPlace.Kind.TOWN, 9_500_000));

  private static final ToponymRecognizer RECOGNIZER = text -> {
    List<Toponym> found = new ArrayList<>();
    for (String name : List.of("Pineville", "Alexandria", "Cairo")) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        found.add(new Toponym(at, at + name.length(), name));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  };

  private static final Geocoder GEOCODER = (names, home) -> {
    Map<String, GeoPlace> chosen = new LinkedHashMap<>();
    names.stream().filter(WORLD::containsKey).forEach(n -> chosen.put(n, WORLD.get(n)));
    return chosen;
  };

  /** Three articles of town.example (test part) and one without domain (article/9, dev part). */
  private static List<Lgl.Article> articles(List<Lgl.GoldToponym> gold) {
    List<Lgl.Article> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      out.add(new Lgl.Article(String.valueOf(i), "town.example", "Flood in Pineville and Alexandria.", gold));
    }
    out.add(new Lgl.Article("9", null, "Cairo and Pineville.", List.of()));
    return out;
  }

  private static final List<Lgl.GoldToponym> TRUE_GOLD = List.of(
      new Lgl.GoldToponym(9, 18, "Pineville", 31.32, -92.43),
      new Lgl.GoldToponym(23, 33, "Alexandria", 31.31, -92.45));
  /** Gold that says Cairo, in the Antarctic: a home learnt from it would move to Egypt or vanish. */
  private static final List<Lgl.GoldToponym> ABSURD_GOLD = List.of(
      new Lgl.GoldToponym(9, 18, "Cairo", -89.9, 179.9),
      new Lgl.GoldToponym(0, 5, "Cairo", -89.9, 179.9));

  @Test
  void outletHomesComeFromTheTextNeverFromGold() {
    OutletHomes honest = GeoEvaluation.outletHomes(articles(TRUE_GOLD), RECOGNIZER, GEOCODER);
    OutletHomes absurd = GeoEvaluation.outletHomes(articles(ABSURD_GOLD), RECOGNIZER, GEOCODER);
    GeoPlace home = honest.home("town.example");
    assertNotNull(home);
    assertEquals("US.LA", home.country() + "." + home.admin1());
    assertEquals(home, absurd.home("town.example"));
  }

  @Test
  void eachOutletScoresInOnePartAndAnArticleWithoutDomainIsAnOutletOfItsOwn() {
    List<Lgl.Article> articles = articles(TRUE_GOLD);
    assertEquals("article/9", articles.get(3).outlet());
    assertEquals(Split.Part.TEST, Split.of("town.example"));
    assertEquals(Split.Part.DEV, Split.of("article/9"));
    OutletHomes homes = GeoEvaluation.outletHomes(articles, RECOGNIZER, GEOCODER);
    Map<Split.Part, GeoScore> scores = GeoEvaluation.score(articles, RECOGNIZER, GEOCODER, GEOCODER, homes);
    GeoScore test = scores.get(Split.Part.TEST);
    GeoScore dev = scores.get(Split.Part.DEV);
    assertEquals(3, test.articles());
    assertEquals(1, dev.articles());
    assertEquals(6, test.placed());
    assertEquals(6, test.onGold());
    assertEquals(6, test.endToEnd(), "both found spans are gold spans, placed right");
    assertEquals(0, dev.placed());
    assertEquals(2, dev.found(), "Cairo and Pineville found where no gold is: they lower precision only");
    assertEquals(0, dev.endToEndPrecision());
  }
}
