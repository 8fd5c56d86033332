package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.Section;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The baseline a hand-written word list gives: each section has a few dozen words a sub-editor would file under it
 * (written for newsdesk from general knowledge, never from the evaluation's articles); a text goes to the section
 * whose words it uses most, ties and texts with none to the majority section of the training part.
 */
final class KeywordBaseline {

  private static final Map<Section, Set<String>> WORDS = new EnumMap<>(Map.of(
      Section.WORLD, Set.of("war", "army", "troops", "military", "attack", "killed", "police", "government",
          "president", "minister", "election", "vote", "protest", "court", "prison", "refugees", "border", "missile",
          "nuclear", "israel", "syria", "china", "russia", "korea", "iran", "terror", "shooting", "rebels"),
      Section.BUSINESS, Set.of("company", "shares", "stock", "market", "profit", "revenue", "bank", "economy",
          "investors", "billion", "million", "sales", "ceo", "earnings", "tax", "trade", "prices", "firm", "deal",
          "retail", "oil"),
      Section.TECHNOLOGY, Set.of("apple", "google", "facebook", "microsoft", "software", "app", "iphone",
          "android", "computer", "internet", "data", "update", "users", "tech", "bitcoin", "device", "online",
          "hackers", "smartphone", "amazon"),
      Section.SCIENCE, Set.of("scientists", "study", "research", "space", "nasa", "planet", "moon", "earth",
          "species", "climate", "ocean", "rocket", "astronomers", "researchers", "satellite", "galaxy", "scientific"),
      Section.ENTERTAINMENT, Set.of("film", "movie", "music", "singer", "star", "album", "show", "tv", "actor",
          "actress", "celebrity", "concert", "festival", "hollywood", "series", "episode", "fans", "theatre"),
      Section.SPORTS, Set.of("game", "team", "season", "coach", "player", "players", "win", "league", "cup",
          "championship", "match", "football", "baseball", "basketball", "nfl", "nba", "soccer", "race", "olympic",
          "tournament", "score")));

  private final Section fallback;

  KeywordBaseline(Section fallback) {
    this.fallback = fallback;
  }

  Section classify(String text) {
    Map<Section, Integer> hits = new EnumMap<>(Section.class);
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      WORDS.forEach((section, words) -> {
        if (words.contains(token)) {
          hits.merge(section, 1, Integer::sum);
        }
      });
    }
    Section best = fallback;
    int most = hits.getOrDefault(fallback, 0);
    for (Section s : Section.values()) {
      if (hits.getOrDefault(s, 0) > most) {
        best = s;
        most = hits.get(s);
      }
    }
    return best;
  }

  List<Section> classify(List<String> texts) {
    return texts.stream().map(this::classify).toList();
  }
}
