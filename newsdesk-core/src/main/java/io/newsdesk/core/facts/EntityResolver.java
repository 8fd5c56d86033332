package io.newsdesk.core.facts;

import java.util.HashMap;
import java.util.function.Supplier;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.text.Spellings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Merges mentions into one entity per real thing. Two spellings are one thing when they differ only in
 * case, accents, punctuation or an "al-" prefix; when they share their consonants and are a short edit apart
 * (Daraa / Deraa / Dar'a, Nassib / Nasib / Naseeb); or when one is the surname of the other (Assad / Bashar
 * al-Assad), unless the short one is a known place (Jordan is not Jim Jordan); and an acronym is one thing with the
 * name the text defines it as ("the Islamic State of Iraq and the Levant (ISIL)").
 */
public final class EntityResolver {

  /**
   * What a mention typed by a rule of its own words ({@link Mention#sure}) weighs against one typed by the typer or
   * by context: "Deraa province" says more than a reading of "to attack Deraa". Set by hand, not tuned.
   */
  static final int SURE_VOTE = 2;

  /** Distance within which a small town of an otherwise untyped name is taken for a place of the event. */
  static final double NEAR_KM = 100;

  private final Gazetteer gazetteer;
  private final Supplier<WorldGazetteer> world;

  /** Places known by the countries gazetteer alone, at its positions. */
  public EntityResolver(Gazetteer gazetteer) {
    this(gazetteer, null);
  }

  /**
   * @param world the world gazetteer, asked for when the first event is resolved (it loads in a second or so),
   *              by which places are typed and put on the map, each read in the light of the event's others
   */
  public EntityResolver(Gazetteer gazetteer, Supplier<WorldGazetteer> world) {
    this.gazetteer = gazetteer;
    this.world = world;
  }

  public List<Entity> resolve(List<Mention> mentions) {
    Map<String, Tally> byName = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byName.computeIfAbsent(m.name(), Tally::new).add(m);
    }
    List<Tally> names = new ArrayList<>(byName.values());
    // most named first, so that a group's first member is its best-known spelling
    names.sort(Comparator.comparingInt((Tally t) -> -t.count).thenComparing(t -> -t.name.length())
        .thenComparing(t -> t.name));
    for (int i = 0; i < names.size(); i++) {
      names.get(i).order = i;
    }
    List<List<Tally>> groups = new ArrayList<>();
    // Each spelling is compared only with the spellings that share a key with it (see keys()): every pair the
    // rules can join shares one, so the groups are those of comparing all pairs, at a cost linear in the names
    // rather than quadratic (a long article names thousands).
    Map<String, List<Tally>> byKey = new HashMap<>();
    Map<Tally, Integer> groupOf = new HashMap<>();
    for (Tally t : names) {
      int home = Integer.MAX_VALUE;
      List<String> keys = keys(t);
      for (String key : keys) {
        for (Tally other : byKey.getOrDefault(key, List.of())) {
          int g = groupOf.get(other);
          if (g < home && sameThing(t, other)) {
            home = g;
          }
        }
      }
      if (home == Integer.MAX_VALUE) {
        home = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(home).add(t);
      groupOf.put(t, home);
      for (String key : keys) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
      }
    }
    List<Entity> out = new ArrayList<>();
    for (List<Tally> g : withAcronyms(groups, groupOf, byName)) {
      out.add(entity(g));
    }
    if (world != null) {
      out = placed(out, world.get());
    }
    out.sort(Comparator.comparingInt((Entity e) -> -e.sources().size()).thenComparingInt(e -> -e.mentions())
        .thenComparing(Entity::name));
    return out;
  }

  /**
   * The groups with each acronym the text defined ({@link Mention#expansion}) joined to the group of the name it
   * abbreviates, members kept in the order of the names (most named first).
   */
  private static List<List<Tally>> withAcronyms(List<List<Tally>> groups, Map<Tally, Integer> groupOf,
      Map<String, Tally> byName) {
    int[] root = new int[groups.size()];
    for (int g = 0; g < root.length; g++) {
      root[g] = g;
    }
    boolean joined = false;
    for (Tally t : groupOf.keySet()) {
      for (String expansion : t.expansions) {
        Tally full = byName.get(expansion);
        if (full != null) {
          int a = rootOf(root, groupOf.get(t));
          int b = rootOf(root, groupOf.get(full));
          if (a != b) {
            root[Math.max(a, b)] = Math.min(a, b);
            joined = true;
          }
        }
      }
    }
    if (!joined) {
      return groups;
    }
    Map<Integer, List<Tally>> merged = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      merged.computeIfAbsent(rootOf(root, g), k -> new ArrayList<>()).addAll(groups.get(g));
    }
    List<List<Tally>> out = new ArrayList<>(merged.size());
    for (List<Tally> g : merged.values()) {
      g.sort(Comparator.comparingInt(t -> t.order));
      out.add(g);
    }
    return out;
  }

  private static int rootOf(int[] root, int g) {
    while (root[g] != g) {
      g = root[g];
    }
    return g;
  }

  private Entity entity(List<Tally> group) {
    String name = group.get(0).name;
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    TreeSet<String> sources = new TreeSet<>();
    List<String> variants = new ArrayList<>();
    int mentions = 0;
    Gazetteer.Place place = null;
    TreeSet<String> expansions = new TreeSet<>();
    for (Tally t : group) {
      variants.add(t.name);
      expansions.addAll(t.expansions);
      mentions += t.count;
      sources.addAll(t.articles);
      t.votes.forEach((type, n) -> votes.merge(type, n, Integer::sum));
      if (place == null) {
        place = gazetteer.place(t.name).orElse(null);
      }
    }
    // a name defined in the text but never mentioned alone ("Islamic State of Iraq and the Levant (ISIL)", read as
    // two names and the acronym) is still one of the entity's spellings
    for (String e : expansions) {
      if (!variants.contains(e)) {
        variants.add(e);
      }
    }
    EntityType type = place != null ? EntityType.PLACE : votes.entrySet().stream()
        .filter(e -> e.getKey() != EntityType.OTHER)
        .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
        .map(Map.Entry::getKey).orElse(EntityType.OTHER);
    if (place != null) {
      name = place.name();
      if (!variants.contains(name)) {
        variants.add(0, name);
      }
    }
    Double lat = place == null ? null : place.lat();
    Double lon = place == null ? null : place.lon();
    return new Entity(name, type, variants, lat, lon, mentions, List.copyOf(sources));
  }

  /**
   * The entities with every place on the map: names typed as places, and names no rule typed that the world
   * gazetteer knows as a country, region or big town, are geocoded together, so that each reading fits the
   * others ("Alexandria" beside "Cairo" is in Egypt).
   */
  private static List<Entity> placed(List<Entity> entities, WorldGazetteer world) {
    entities = splitJoinedPlaces(entities, world);
    List<String> names = new ArrayList<>();
    Map<Entity, String> asked = new HashMap<>();
    for (Entity e : entities) {
      // an acronym that spells a town ("SANA", the news agency, not Sana'a) is not taken for it
      boolean place = e.type() == EntityType.PLACE
          || (e.type() == EntityType.OTHER && !Names.isAcronym(e.name()) && world.isWellKnown(e.name()));
      String name = readable(world, e);
      if (!place || name == null) {
        continue;
      }
      asked.put(e, name);
      for (int k = 0; k < e.mentions(); k++) {
        names.add(name);
      }
    }
    Map<String, GeoPlace> chosen = new ContextGeocoder(world).locate(names, null);
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      GeoPlace p = asked.containsKey(e) ? chosen.get(asked.get(e)) : nearby(world, e, chosen.values());
      out.add(p == null ? e : new Entity(e.name(), EntityType.PLACE, e.variants(), p.lat(), p.lon(), e.mentions(),
          e.sources()));
    }
    return out;
  }

  /** The spelling of an entity the gazetteer knows, an "al-" dropped if need be ("Al-Quneitra"); or null. */
  private static String readable(WorldGazetteer world, Entity e) {
    for (String v : e.variants()) {
      for (String name : List.of(v, v.replaceFirst("^(?i)(?:al|el|ad|ar|as)[- ]", ""))) {
        if (!world.candidates(name).isEmpty()) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * A reading of a name no rule typed that lies within {@link #NEAR_KM} of the event's places: a small town of
   * the region the event is about ("Quneitra" beside Daraa), which its size alone would not vouch for.
   */
  private static GeoPlace nearby(WorldGazetteer world, Entity e, java.util.Collection<GeoPlace> places) {
    if (e.type() != EntityType.OTHER || e.name().split("[\\s-]+").length > 2) {
      return null;
    }
    String name = readable(world, e);
    if (name == null) {
      return null;
    }
    for (GeoPlace reading : world.candidates(name)) {
      for (GeoPlace p : places) {
        if (p.kind() == GeoPlace.Kind.TOWN && reading.distanceKm(p) < NEAR_KM) {
          return reading;
        }
      }
    }
    return null;
  }

  /** "Damascus-Amman" (a highway, a flight) names two places, each of which joins its own entity. */
  private static List<Entity> splitJoinedPlaces(List<Entity> entities, WorldGazetteer world) {
    Map<String, Entity> byName = new LinkedHashMap<>();
    entities.forEach(e -> byName.put(e.name(), e));
    for (Entity e : entities) {
      String[] parts = e.name().split("-");
      if (e.type() == EntityType.PERSON || parts.length != 2
          || !java.util.Arrays.stream(parts).allMatch(world::isWellKnown)) {
        continue;
      }
      byName.remove(e.name());
      for (String part : parts) {
        Entity old = byName.get(part);
        TreeSet<String> sources = new TreeSet<>(e.sources());
        if (old != null) {
          sources.addAll(old.sources());
        }
        byName.put(part, old == null
            ? new Entity(part, EntityType.PLACE, List.of(part), null, null, e.mentions(), List.copyOf(sources))
            : new Entity(old.name(), EntityType.PLACE, old.variants(), old.lat(), old.lon(),
                old.mentions() + e.mentions(), List.copyOf(sources)));
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * Keys that any two spellings {@link #sameThing} joins have in common: the gazetteer's place, the folded
   * spelling, the consonant skeleton of a one-word name, and the folded last word a surname is matched by.
   */
  private List<String> keys(Tally t) {
    List<String> keys = new ArrayList<>(4);
    gazetteer.place(t.name).ifPresent(p -> keys.add("place:" + p.name()));
    keys.add("folded:" + t.folded);
    String[] parts = WHITESPACE.split(t.name);
    if (parts.length == 1) {
      if (t.folded.length() >= 4) {
        keys.add("skeleton:" + Spellings.sharedKey(t.folded));
      }
      keys.add("surname:" + t.folded);
    } else if (parts.length <= 4) {
      keys.add("surname:" + Spellings.folded(parts[parts.length - 1]));
    }
    return keys;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "the", "and");

  /** True when two spellings name the same thing by the rules in the class comment. */
  private boolean sameThing(Tally a, Tally b) {
    var placeA = gazetteer.place(a.name);
    var placeB = gazetteer.place(b.name);
    if (placeA.isPresent() || placeB.isPresent()) {
      return placeA.equals(placeB); // "US" and "United States"; a known place never merges with another name
    }
    return Spellings.sameSpelling(a.name, b.name) || isSurnameOf(a, b) || isSurnameOf(b, a);
  }

  /** "Assad" is "Bashar al-Assad": a one-word person-like name that is the last word of a two-to-four-word one. */
  private boolean isSurnameOf(Tally shortName, Tally fullName) {
    String[] parts = WHITESPACE.split(fullName.name);
    if (shortName.name.contains(" ") || parts.length < 2 || parts.length > 4 || Names.isAcronym(shortName.name)
        || shortName.mostly(EntityType.PLACE) || shortName.mostly(EntityType.ORGANIZATION)
        || fullName.mostly(EntityType.PLACE) || fullName.mostly(EntityType.ORGANIZATION)) {
      return false;
    }
    for (String p : parts) {
      if (NAME_JOINERS.contains(p) || Names.ORG_WORDS.contains(p)) {
        return false;
      }
    }
    return Spellings.folded(parts[parts.length - 1]).equals(shortName.folded);
  }

  private static final class Tally {
    final String name;
    final String folded;
    int count;
    final TreeSet<String> articles = new TreeSet<>();
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    /** The type votes of the mentions, a sure one counting {@link #SURE_VOTE}. */
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    /** The names the text says this one abbreviates. */
    final TreeSet<String> expansions = new TreeSet<>();
    /** Its place among the names, most named first. */
    int order;

    Tally(String name) {
      this.name = name;
      this.folded = Spellings.folded(name);
    }

    /** True when most mentions of this spelling have this type. */
    boolean mostly(EntityType type) {
      return types.getOrDefault(type, 0) * 2 > count;
    }

    void add(Mention m) {
      count++;
      articles.add(m.articleId());
      types.merge(m.type(), 1, Integer::sum);
      votes.merge(m.type(), m.sure() ? SURE_VOTE : 1, Integer::sum);
      if (m.expansion() != null) {
        expansions.add(m.expansion());
      }
    }
  }
}
