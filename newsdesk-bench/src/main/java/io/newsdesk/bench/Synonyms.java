package io.newsdesk.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that one writer uses where another uses a different one. Each event picks one word of every group
 * and uses it throughout, so that two earthquakes a day apart are not told in the same words, while the
 * reports of one earthquake, which copy each other, are. Without this the templates make every event of a
 * kind look alike to a clusterer, which real coverage does not.
 */
final class Synonyms {

  /** Interchangeable in every template they appear in: same part of speech, same number. */
  private static final List<List<String>> GROUPS = List.of(
      List.of("residents", "inhabitants", "locals"),
      List.of("homes", "houses", "dwellings"),
      List.of("district", "quarter", "neighbourhood"),
      List.of("rescue", "relief", "emergency"),
      List.of("rescuers", "rescue workers", "emergency crews"),
      List.of("floodwater", "muddy water", "rising water"),
      List.of("officials", "authorities"),
      List.of("government", "administration", "cabinet"),
      List.of("workers", "employees", "staff"),
      List.of("factory", "plant", "mill"),
      List.of("blaze", "inferno"),
      List.of("quake", "tremor", "temblor"),
      List.of("villages", "hamlets", "settlements"),
      List.of("dockworkers", "dockers", "stevedores"),
      List.of("strike", "stoppage", "walkout"),
      List.of("vessels", "ships", "freighters"),
      List.of("wages", "salaries", "earnings"),
      List.of("council", "assembly"),
      List.of("election", "poll", "ballot"),
      List.of("observers", "monitors", "watchdogs"),
      List.of("candidates", "contenders"),
      List.of("list", "bloc", "coalition"),
      List.of("benchmark", "key", "policy"),
      List.of("shares", "stocks", "equities"),
      List.of("analysts", "economists"),
      List.of("cracks", "fractures"),
      List.of("river", "waterway"),
      List.of("outbreak", "epidemic"),
      List.of("cases", "infections"),
      List.of("clinic", "health centre"),
      List.of("derailed", "came off the tracks", "jumped the tracks"),
      List.of("derailment", "crash", "accident"),
      List.of("carriages", "coaches", "wagons"),
      List.of("track", "railway line"),
      List.of("protesters", "demonstrators"),
      List.of("protests", "demonstrations"),
      List.of("march", "rally"),
      List.of("petrol", "gasoline"),
      List.of("subsidy", "price support"),
      List.of("hospital", "medical centre"),
      List.of("shelters", "refuges"),
      List.of("volunteers", "helpers"),
      List.of("relatives", "family members"),
      List.of("urgent", "pressing"),
      List.of("sharply", "steeply"),
      List.of("quickly", "rapidly"));

  /** A whole word or phrase of any group, outside {slots}; lower case or with a capital first letter. */
  private static final Pattern ANY;

  static {
    StringBuilder alternatives = new StringBuilder();
    GROUPS.stream().flatMap(List::stream)
        .sorted((a, b) -> b.length() - a.length()) // longest first: "rescue workers" before "rescue"
        .forEach(w -> alternatives.append(alternatives.length() == 0 ? "" : "|")
            .append("[").append(w.charAt(0)).append(Character.toUpperCase(w.charAt(0))).append("]")
            .append(Pattern.quote(w.substring(1))));
    ANY = Pattern.compile("\\{[^}]*\\}|\\b(?:" + alternatives + ")\\b");
  }

  private final Map<String, String> choice = new HashMap<>();

  /** One event's choice of a word from every group. */
  Synonyms(Random random) {
    for (List<String> group : GROUPS) {
      String picked = group.get(random.nextInt(group.size()));
      group.forEach(w -> choice.put(w, picked));
    }
  }

  /** The template in this event's words; slot names and the capital of a sentence's first word are kept. */
  String apply(String template) {
    Matcher m = ANY.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 16);
    while (m.find()) {
      String found = m.group();
      String replacement = found;
      if (!found.startsWith("{")) {
        boolean capital = Character.isUpperCase(found.charAt(0));
        String word = choice.get(capital ? Character.toLowerCase(found.charAt(0)) + found.substring(1) : found);
        replacement = capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
