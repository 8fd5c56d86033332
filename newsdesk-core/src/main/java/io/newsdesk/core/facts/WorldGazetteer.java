package io.newsdesk.core.facts;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every place newsdesk can put on the map, by every Latin-script name it goes by: the countries, the first-level
 * divisions that news names alone (US states, Canadian provinces), and the GeoNames towns of 500 people or more
 * with their alternate names, which carry the transliterations (Daraa, Deraa, Dar'a). Names are compared
 * without case, accents, apostrophes and hyphens. Loaded once and shared read-only; the geoparser needs no
 * server.
 */
public final class WorldGazetteer implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The towns as {@link GeoNamesCompiler} writes them at build time. */
  static final String TOWNS = "towns.bin";
  private static final String REGIONS = "admin1.tsv";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String APOSTROPHES = "'’‘`ʿʾʼ.";

  /**
   * Population given to a world region ("Darfur", "Europe"), which has none in the data: news names such a
   * region about as often as a city of a few million. Set by hand against all of LGL before its dev/test split;
   * not re-tuned since.
   */
  private static final long REGION_POPULATION = 5_000_000;
  /**
   * Population above which a town's name is taken for the town with nothing else to vouch for it: set by hand against
   * all of LGL before its dev/test split (so its test figures flatter them a little); not re-tuned since.
   */
  public static final long WELL_KNOWN_TOWN = 100_000;

  /** The places of every kind but the GeoNames towns (countries, regions, divisions, a user's places) by key. */
  private final Map<String, GeoPlace[]> byKey = new HashMap<>();
  /** The GeoNames towns, and their keys. */
  private GeoPlace[] towns = new GeoPlace[0];
  private TownIndex townIndex;
  private final Map<String, GeoPlace> byDemonym = new HashMap<>();
  /** Names written with a full stop ("Calif.", "U.S."), exactly as written. */
  private final java.util.Set<String> abbreviations = new java.util.HashSet<>();
  private int places;

  private WorldGazetteer() {}

  /** The gazetteer shipped with newsdesk (about a second to load): load it once and pass it to what needs it. */
  public static WorldGazetteer load() {
    return load(Gazetteer.countries(), Gazetteer.regions(), resource(TOWNS));
  }

  /**
   * A gazetteer of the given countries, world regions and towns (as {@link GeoNamesCompiler} writes them) plus
   * the divisions newsdesk ships.
   */
  static WorldGazetteer load(Gazetteer countries, Gazetteer regions, InputStream towns) {
    WorldGazetteer g = new WorldGazetteer();
    g.addAll(countries, GeoPlace.Kind.COUNTRY, 0);
    g.addAll(regions, GeoPlace.Kind.REGION, REGION_POPULATION);
    Map<String, RegionPositions> regionTowns = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(towns, 1 << 16))) {
      g.readTowns(in, regionTowns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the GeoNames towns", e);
    }
    g.readRegions(regionTowns);
    return g;
  }

  /**
   * Adds the places of a user's file: lines of {@code name, other names (|), lat, lon, ISO country code,
   * population}, tab-separated, '#' starting a comment. A name already known gains the place as one more reading.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed line
   */
  public WorldGazetteer withPlaces(Path file) throws IOException {
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length != 6) {
          throw new IllegalArgumentException("expected 6 tab-separated fields, got " + f.length);
        }
        GeoPlace p = new GeoPlace(f[0], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4], "",
            GeoPlace.Kind.TOWN, f[5].isBlank() ? 0 : Long.parseLong(f[5].trim()));
        places++;
        index(f[0], p);
        for (String v : f[1].split("\\|")) {
          if (!v.isBlank()) {
            index(v, p);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return this;
  }

  private void addAll(Gazetteer source, GeoPlace.Kind kind, long population) {
    Map<Gazetteer.Place, GeoPlace> made = new HashMap<>();
    source.names().forEach((place, names) -> {
      GeoPlace p = new GeoPlace(place.name(), place.lat(), place.lon(), place.code() == null ? "" : place.code(), "",
          kind, population);
      made.put(place, p);
      places++;
      names.forEach(n -> index(n, p));
    });
    source.demonyms().forEach((demonym, place) -> byDemonym.put(demonym, made.get(place)));
  }

  /** The places that go by this name, most populous first; empty when none does. */
  public List<GeoPlace> candidates(String name) {
    String k = key(name);
    GeoPlace[] others = byKey.get(k);
    int[] townNumbers = townIndex == null ? new int[0] : townIndex.lookup(k);
    if (townNumbers.length == 0) {
      return others == null ? List.of() : List.of(others);
    }
    List<GeoPlace> found = new ArrayList<>(townNumbers.length + (others == null ? 0 : others.length));
    for (int t : townNumbers) {
      found.add(towns[t]);
    }
    if (others != null) {
      found.addAll(List.of(others));
      found.sort(Comparator.comparingDouble(WorldGazetteer::rank).reversed()); // stable: towns keep their order
    }
    return List.copyOf(found);
  }

  /** True when some place goes by this name. */
  public boolean isPlaceName(String name) {
    String k = key(name);
    return byKey.containsKey(k) || townIndex != null && townIndex.contains(k);
  }

  /**
   * The country or region of a demonym, singular or plural ("Syrian" gives Syria, "Americans" the United States,
   * "Darfuri" Darfur), or null.
   */
  public GeoPlace countryOf(String demonym) {
    GeoPlace place = byDemonym.get(demonym);
    if (place == null && demonym.endsWith("s")) {
      place = byDemonym.get(demonym.substring(0, demonym.length() - 1));
    }
    return place;
  }

  /**
   * True when the name's first reading is a country, a region or a town of {@link #WELL_KNOWN_TOWN} people or
   * more: a place meant wherever the name stands ("Amman", "Texas"), whatever the words around it.
   */
  public boolean isWellKnown(String name) {
    List<GeoPlace> readings = candidates(name);
    return !readings.isEmpty() && (readings.get(0).kind() != GeoPlace.Kind.TOWN
        || readings.get(0).population() >= WELL_KNOWN_TOWN);
  }

  /** Places held, each counted once however many names it has. */
  public int size() {
    return places;
  }

  /**
   * Each Latin letter with accents (up to U+024F) as its base letter, computed once from the Unicode
   * decomposition: keying two million names through {@link Normalizer} would take seconds.
   */
  private static final char[] BASE_LETTER = baseLetters();

  private static char[] baseLetters() {
    char[] base = new char[0x250];
    for (char c = 0; c < base.length; c++) {
      String d = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
      base[c] = d.length() == 1 ? d.charAt(0) : c;
    }
    return base;
  }

  /** A name as the gazetteer compares it: "Dar‘ā" and "Dara" are one key, "Saint-Denis" and "Saint Denis" too. */
  public static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || Character.isWhitespace(c)) {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else if (APOSTROPHES.indexOf(c) < 0 && !(c >= 0x300 && c < 0x370)) {
        b.append(Character.toLowerCase(c < BASE_LETTER.length ? BASE_LETTER[c] : c));
        space = false;
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    b.setLength(end);
    return b.toString();
  }

  private void readTowns(DataInputStream in, Map<String, RegionPositions> regionTowns) throws IOException {
    int count = in.readInt();
    Map<String, String> interned = new HashMap<>();
    towns = new GeoPlace[count];
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      double lat = in.readFloat();
      double lon = in.readFloat();
      String country = interned.computeIfAbsent(in.readUTF(), c -> c);
      String admin1 = interned.computeIfAbsent(in.readUTF(), c -> c);
      long population = in.readInt();
      towns[i] = new GeoPlace(name, lat, lon, country, admin1, GeoPlace.Kind.TOWN, population);
      places++;
      if (!admin1.isEmpty()) {
        regionTowns.computeIfAbsent(country + "." + admin1, r -> new RegionPositions()).add(lat, lon, population);
      }
    }
    townIndex = TownIndex.read(in);
  }

  /**
   * Divisions, placed at the middle of the span of their towns (5th to 95th percentile, so that an outlying
   * island does not pull it), which lands near their centre as GeoNames gives it.
   */
  private void readRegions(Map<String, RegionPositions> regionTowns) {
    try (InputStream raw = resource(REGIONS);
        BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        RegionPositions towns = regionTowns.get(f[0] + "." + f[1]);
        if (towns == null) {
          continue; // no town of the division in the data: nowhere to put it
        }
        GeoPlace p = new GeoPlace(f[2], towns.middleLat(), towns.middleLon(), f[0], f[1], GeoPlace.Kind.REGION,
            towns.population);
        places++;
        index(f[2], p);
        if (f.length > 3) {
          for (String alias : f[3].split("\\|")) {
            if (!alias.isBlank()) {
              index(alias, p);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + REGIONS, e);
    }
  }

  /** True when this exact spelling, full stop included, names a place: "Calif.", "W.Va.". */
  public boolean isAbbreviation(String name) {
    return abbreviations.contains(name);
  }

  /** Adds a place under a name, keeping each key's places most populous first and each place once. */
  private void index(String name, GeoPlace p) {
    if (name.endsWith(".") && p.kind() != GeoPlace.Kind.TOWN) {
      abbreviations.add(name);
    }
    indexKey(key(name), p);
  }

  private void indexKey(String k, GeoPlace p) {
    if (k.isEmpty()) {
      return;
    }
    GeoPlace[] old = byKey.get(k);
    if (old == null) {
      byKey.put(k, new GeoPlace[] {p});
      return;
    }
    for (GeoPlace q : old) {
      if (q == p) {
        return;
      }
    }
    GeoPlace[] grown = Arrays.copyOf(old, old.length + 1);
    int at = grown.length - 1;
    while (at > 0 && rank(grown[at - 1]) < rank(p)) {
      grown[at] = grown[at - 1];
      at--;
    }
    grown[at] = p;
    byKey.put(k, grown);
  }

  /** Countries before divisions before towns, then by population. */
  private static double rank(GeoPlace p) {
    return switch (p.kind()) {
      case COUNTRY -> 1e12;
      case REGION -> 1e11 + p.population();
      case TOWN -> p.population();
    };
  }

  private static InputStream resource(String name) {
    InputStream in = WorldGazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to " + WorldGazetteer.class.getName()
          + " (the build fetches the GeoNames towns from the npm registry and compiles them)");
    }
    return in;
  }

  /** Positions of a division's towns, to place the division. */
  private static final class RegionPositions {
    private final List<double[]> points = new ArrayList<>();
    private long population;

    void add(double lat, double lon, long people) {
      points.add(new double[] {lat, lon});
      population += people;
    }

    double middleLat() {
      return middle(0);
    }

    double middleLon() {
      return middle(1);
    }

    private double middle(int axis) {
      double[] v = points.stream().mapToDouble(p -> p[axis]).sorted().toArray();
      return (v[(int) (v.length * 0.05)] + v[(int) Math.min(v.length - 1, v.length * 0.95)]) / 2;
    }
  }
}
