package io.newsdesk.eval.geo;

import io.newsdesk.core.facts.GeoPlace;
import io.newsdesk.core.facts.Geocoder;
import io.newsdesk.core.facts.WorldGazetteer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The population baseline: each name is the most populous place of that name (countries and divisions before
 * towns, as the gazetteer ranks them), whatever the article and the outlet.
 */
final class MostPopulousReading implements Geocoder {

  private final WorldGazetteer gazetteer;

  MostPopulousReading(WorldGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Map<String, GeoPlace> locate(List<String> names, GeoPlace home) {
    Map<String, GeoPlace> chosen = new LinkedHashMap<>();
    for (String name : names) {
      List<GeoPlace> readings = gazetteer.candidates(name);
      if (!readings.isEmpty()) {
        chosen.putIfAbsent(name, readings.get(0));
      }
    }
    return chosen;
  }
}
