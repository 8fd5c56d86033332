package io.newsdesk.core.facts;

import java.util.List;
import java.util.Map;

/** Puts the places an article names on the map, each read in the light of the others. */
public interface Geocoder {

  /**
   * @param names the place names of one article (or one event), in text order, repeats allowed
   * @param home  where the outlet is at home (its town or its division), or null where not known
   * @return the place chosen for each name that could be placed
   */
  Map<String, GeoPlace> locate(List<String> names, GeoPlace home);
}
