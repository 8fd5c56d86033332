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

  /** A place with a position. */
  public record Place(String name, double lat, double lon) {}

  private final Map<String, Place> byName;
  private final Map<String, Place> byDemonym;

  private Gazetteer(Map<String, Place> byName, Map<String, Place> byDemonym) {
    this.byName = Map.copyOf(byName);
    this.byDemonym = Map.copyOf(byDemonym);
  }

  /** The countries shipped with newsdesk. */
  public static Gazetteer countries() {
    String resource = "countries.tsv";
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + Gazetteer.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads lines of {@code name, aliases|..., demonyms|..., lat, lon}, tab-separated; '#' starts a comment. */
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
      if (f.length != 5) {
        throw new IllegalArgumentException(what + ":" + lineNo + ": expected 5 tab-separated fields, got " + f.length);
      }
      Place place = new Place(f[0], Double.parseDouble(f[3]), Double.parseDouble(f[4]));
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

  /** The place of this exact name (case matters: "US" is a country, "us" is not). */
  public Optional<Place> place(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The country of a demonym: "Syrian" gives Syria. */
  public Optional<Place> country(String demonym) {
    return Optional.ofNullable(byDemonym.get(demonym));
  }
}
