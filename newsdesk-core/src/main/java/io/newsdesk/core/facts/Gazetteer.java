package io.newsdesk.core.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Known places by every name they go by, and the countries behind demonyms ("Syrian" is Syria). Loaded once
 * and shared read-only by every extractor that is given it.
 */
public final class Gazetteer {

  /**
   * A place with a position.
   *
   * @param code its ISO 3166 code where a country, else null
   */
  public record Place(String name, double lat, double lon, String code) {}

  private final Map<String, Place> byName;
  private final Map<String, Place> byDemonym;

  private Gazetteer(Map<String, Place> byName, Map<String, Place> byDemonym) {
    this.byName = Map.copyOf(byName);
    this.byDemonym = Map.copyOf(byDemonym);
  }

  /** The countries shipped with newsdesk. */
  public static Gazetteer countries() {
    return read("countries.tsv");
  }

  /** Continents, regions, territories and seas that news names on their own ("Darfur", "the West Bank"). */
  public static Gazetteer regions() {
    return read("regions.tsv");
  }

  private static Gazetteer read(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + Gazetteer.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads lines of {@code name, aliases|..., demonyms|..., lat, lon[, ISO code]}, tab-separated; '#' starts a
   * comment.
   */
  static Gazetteer parse(BufferedReader reader, String what) throws IOException {
    Map<String, Place> names = new HashMap<>();
    Map<String, Place> demonyms = new HashMap<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 && f.length != 6) {
        throw new IllegalArgumentException(what + ":" + lineNo + ": expected 5 or 6 tab-separated fields, got "
            + f.length);
      }
      Place place = new Place(f[0], Double.parseDouble(f[3]), Double.parseDouble(f[4]), f.length == 6 ? f[5] : null);
      names.put(f[0], place);
      for (String alias : f[1].split("\\|")) {
        if (!alias.isBlank()) {
          names.put(alias, place);
        }
      }
      for (String demonym : f[2].split("\\|")) {
        if (!demonym.isBlank()) {
          demonyms.put(demonym, place);
        }
      }
    }
    return new Gazetteer(names, demonyms);
  }

  /** Every place, once, with the names it goes by (its own name first). */
  public Map<Place, java.util.List<String>> names() {
    Map<Place, java.util.List<String>> out = new java.util.LinkedHashMap<>();
    byName.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.computeIfAbsent(e.getValue(), p -> new java.util.ArrayList<>(java.util.List.of(p.name())))
            .add(e.getKey()));
    out.values().forEach(v -> v.subList(1, v.size()).remove(v.get(0)));
    return out;
  }

  /** The demonyms of every place that has them. */
  public Map<String, Place> demonyms() {
    return byDemonym;
  }

  /** The place of this exact name (case matters: "US" is a country, "us" is not). */
  public Optional<Place> place(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The country of a demonym: "Syrian" gives Syria. */
  public Optional<Place> country(String demonym) {
    return Optional.ofNullable(byDemonym.get(demonym));
  }
}
