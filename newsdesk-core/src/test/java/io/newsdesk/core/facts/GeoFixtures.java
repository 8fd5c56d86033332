package io.newsdesk.core.facts;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * A small world for the geoparser's tests: towns written for these tests in the GeoNames dump format (id, name,
 * ASCII name, other names, lat, lon, class, code, country, cc2, admin1, admin2, admin3, admin4, population),
 * compiled as the build compiles the real ones.
 */
final class GeoFixtures {

  private static final String TOWNS = String.join("\n",
      row(1, "Alexandria", "Alexandria,Iskandariyah", 31.2, 29.92, "EG", "06", 3_800_000),
      row(2, "Cairo", "Al Qahirah", 30.06, 31.25, "EG", "11", 9_500_000),
      row(3, "Alexandria", "", 31.31, -92.45, "US", "LA", 47_000),
      row(4, "Pineville", "", 31.32, -92.43, "US", "LA", 14_000),
      row(5, "Shreveport", "", 32.53, -93.75, "US", "LA", 190_000),
      row(6, "Paris", "Lutece", 48.85, 2.35, "FR", "11", 2_100_000),
      row(7, "Paris", "", 33.66, -95.56, "US", "TX", 25_000),
      row(8, "Dallas", "", 32.78, -96.8, "US", "TX", 1_300_000),
      row(9, "Dar‘ā", "Daraa,Deraa,Dar`a,DRA,درعا", 32.62, 36.1, "SY", "08", 98_000),
      row(10, "Police", "", 53.55, 14.57, "PL", "16", 33_000),
      row(11, "Jackson", "", 32.3, -90.18, "US", "MS", 170_000),
      row(12, "Columbus", "", 39.96, -83.0, "US", "OH", 900_000),
      row(13, "Dublin", "Baile Atha Cliath", 53.33, -6.25, "IE", "L", 1_000_000),
      row(14, "Dublin", "", 40.1, -83.11, "US", "OH", 45_000),
      row(15, "Washington", "Washington D.C.", 38.9, -77.04, "US", "DC", 690_000),
      row(16, "Obama", "", 35.5, 135.75, "JP", "22", 30_000),
      row(17, "Lewis", "", 38.36, -75.77, "US", "DE", 3_000)) + "\n";

  private static WorldGazetteer world;

  private GeoFixtures() {}

  private static String row(int id, String name, String others, double lat, double lon, String country,
      String admin1, long population) {
    return String.join("\t", String.valueOf(id), name, name, others, String.valueOf(lat), String.valueOf(lon), "P",
        "PPL", country, "", admin1, "", "", "", String.valueOf(population), "", "", "UTC", "2020-01-01");
  }

  static synchronized WorldGazetteer world() {
    if (world == null) {
      ByteArrayOutputStream compiled = new ByteArrayOutputStream();
      try {
        GeoNamesCompiler.compile(new BufferedReader(new StringReader(TOWNS)), compiled);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      world = WorldGazetteer.load(Gazetteer.countries(), Gazetteer.regions(),
          new ByteArrayInputStream(compiled.toByteArray()));
    }
    return world;
  }
}
