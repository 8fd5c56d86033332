package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletHomesTest {

  private final WorldGazetteer world = GeoFixtures.world();

  private GeoPlace town(String name, String country) {
    return world.candidates(name).stream().filter(p -> p.country().equals(country)).findFirst().orElseThrow();
  }

  @Test
  void anOutletIsAtHomeWhereMostOfItsArticlesPoint() {
    OutletHomes homes = new OutletHomes();
    homes.add("parisnews.example", List.of(town("Paris", "US"), town("Dallas", "US")));
    homes.add("parisnews.example", List.of(town("Dallas", "US")));
    homes.add("parisnews.example", List.of(town("Cairo", "EG")));
    assertEquals("US.TX", homes.home("parisnews.example").country() + "." + homes.home("parisnews.example").admin1());
    assertNull(homes.home("unknown.example"));

    homes.add("once.example", List.of(town("Dallas", "US")));
    assertNull(homes.home("once.example"), "one article is no pattern");
  }
}
