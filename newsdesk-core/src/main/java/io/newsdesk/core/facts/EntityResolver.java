package io.newsdesk.core.facts;

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

/**
 * Merges mentions into one entity per real thing. Two spellings are one thing when they differ only in
 * case, accents, punctuation or an "al-" prefix; when they share their consonants and are a short edit apart
 * (Daraa / Deraa / Dar'a, Nassib / Nasib / Naseeb); or when one is the surname of the other (Assad / Bashar
 * al-Assad), unless the short one is a known place (Jordan is not Jim Jordan).
 */
public final class EntityResolver {

  private final Gazetteer gazetteer;

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    List<List<Tally>> groups = new ArrayList<>();
    for (Tally t : names) {
      List<Tally> home = null;
      for (List<Tally> g : groups) {
        if (g.stream().anyMatch(other -> sameThing(t, other))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(t);
    }
    List<Entity> out = new ArrayList<>();
    for (List<Tally> g : groups) {
      out.add(entity(g));
    }
    out.sort(Comparator.comparingInt((Entity e) -> -e.sources().size()).thenComparingInt(e -> -e.mentions())
        .thenComparing(Entity::name));
    return out;
  }

  private Entity entity(List<Tally> group) {
    String name = group.get(0).name;
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    TreeSet<String> sources = new TreeSet<>();
    List<String> variants = new ArrayList<>();
    int mentions = 0;
    Gazetteer.Place place = null;
    for (Tally t : group) {
      variants.add(t.name);
      mentions += t.count;
      sources.addAll(t.articles);
      t.types.forEach((type, n) -> votes.merge(type, n, Integer::sum));
      if (place == null) {
        place = gazetteer.place(t.name).orElse(null);
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
    String[] parts = fullName.name.split("\\s+");
    if (shortName.name.contains(" ") || parts.length < 2 || parts.length > 4 || Names.isAcronym(shortName.name)
        || shortName.mostly(EntityType.PLACE) || shortName.mostly(EntityType.ORGANIZATION)
        || fullName.mostly(EntityType.PLACE) || fullName.mostly(EntityType.ORGANIZATION)) {
      return false;
    }
    for (String p : parts) {
      if (p.matches("of|for|the|and") || Names.ORG_WORDS.contains(p)) {
        return false;
      }
    }
    return Spellings.folded(parts[parts.length - 1]).equals(Spellings.folded(shortName.name));
  }

  private static final class Tally {
    final String name;
    int count;
    final TreeSet<String> articles = new TreeSet<>();
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);

    Tally(String name) {
      this.name = name;
    }

    /** True when most mentions of this spelling have this type. */
    boolean mostly(EntityType type) {
      return types.getOrDefault(type, 0) * 2 > count;
    }

    void add(Mention m) {
      count++;
      articles.add(m.articleId());
      types.merge(m.type(), 1, Integer::sum);
    }
  }
}
