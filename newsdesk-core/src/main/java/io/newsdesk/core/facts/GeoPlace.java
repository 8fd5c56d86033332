package io.newsdesk.core.facts;

/**
 * A place of the world gazetteer.
 *
 * @param name       its preferred name
 * @param country    ISO 3166 code of its country
 * @param admin1     GeoNames code of its first-level division within the country, "" where none or unknown
 * @param kind       a country, a first-level division (a US state, a province) or a town
 * @param population people living there, 0 if unknown
 */
public record GeoPlace(String name, double lat, double lon, String country, String admin1, Kind kind,
                       long population) implements java.io.Serializable {

  /** What sort of place. */
  public enum Kind { COUNTRY, REGION, TOWN }

  /** Great-circle distance in kilometres. */
  public double distanceKm(double lat2, double lon2) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  public double distanceKm(GeoPlace other) {
    return distanceKm(other.lat, other.lon);
  }

  /** True when both lie in one first-level division of one country. */
  public boolean sameRegion(GeoPlace other) {
    return country.equals(other.country) && !admin1.isEmpty() && admin1.equals(other.admin1);
  }
}
