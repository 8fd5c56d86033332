package io.newsdesk.eval.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The light edits an outlet makes to a passage it copies: punctuation changed, a word dropped, a word
 * replaced (a synonym, a British or American spelling, or another word), a name respelled as transliterations
 * do (Nasib, Nassib). Deterministic for a given random source.
 */
final class LightEdits {

  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("people", "persons"),
      Map.entry("after", "following"), Map.entry("about", "around"), Map.entry("killed", "slain"),
      Map.entry("police", "officers"), Map.entry("big", "large"), Map.entry("large", "big"),
      Map.entry("began", "started"), Map.entry("started", "began"), Map.entry("also", "too"),
      Map.entry("announced", "declared"), Map.entry("Monday", "Monday morning"), Map.entry("near", "close to"));
  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("color", "colour"), Map.entry("center", "centre"), Map.entry("defense", "defence"),
      Map.entry("organization", "organisation"), Map.entry("program", "programme"), Map.entry("labor", "labour"),
      Map.entry("neighbor", "neighbour"), Map.entry("honor", "honour"), Map.entry("theater", "theatre"),
      Map.entry("favor", "favour"), Map.entry("offense", "offence"), Map.entry("recognized", "recognised"));

  private final Random random;

  LightEdits(Random random) {
    this.random = random;
  }

  /** The sentence with {@code count} edits of random kinds. */
  String apply(String sentence, int count) {
    String s = sentence;
    for (int i = 0; i < count; i++) {
      s = switch (random.nextInt(4)) {
        case 0 -> punctuation(s);
        case 1 -> dropWord(s);
        case 2 -> replaceWord(s);
        default -> respellName(s);
      };
    }
    return s;
  }

  private String punctuation(String s) {
    int comma = s.indexOf(", ");
    if (comma > 0 && random.nextBoolean()) {
      return s.substring(0, comma) + s.substring(comma + 1);
    }
    List<String> words = words(s);
    if (words.size() < 6) {
      return s;
    }
    int i = 2 + random.nextInt(words.size() - 4);
    if (!words.get(i).matches(".*\\w")) {
      return s;
    }
    words.set(i, words.get(i) + ",");
    return String.join(" ", words);
  }

  private String dropWord(String s) {
    List<String> words = words(s);
    if (words.size() < 6) {
      return s;
    }
    words.remove(1 + random.nextInt(words.size() - 2));
    return String.join(" ", words);
  }

  private String replaceWord(String s) {
    List<String> words = words(s);
    List<Integer> known = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).replaceAll("\\W+$", "");
      if (SYNONYMS.containsKey(w) || SPELLINGS.containsKey(w.toLowerCase())) {
        known.add(i);
      }
    }
    if (!known.isEmpty()) {
      int i = known.get(random.nextInt(known.size()));
      String w = words.get(i);
      String core = w.replaceAll("\\W+$", "");
      String tail = w.substring(core.length());
      String replacement = SYNONYMS.getOrDefault(core, SPELLINGS.get(core.toLowerCase()));
      words.set(i, replacement + tail);
      return String.join(" ", words);
    }
    if (words.size() < 6) {
      return s;
    }
    // another word of the same sentence stands in: the edit a hurried rewrite makes
    int i = 1 + random.nextInt(words.size() - 2);
    int j = 1 + random.nextInt(words.size() - 2);
    words.set(i, words.get(j).replaceAll("\\W+$", "") + words.get(i).substring(words.get(i).replaceAll("\\W+$", "").length()));
    return String.join(" ", words);
  }

  private String respellName(String s) {
    List<String> words = words(s);
    List<Integer> names = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).matches("\\p{Lu}\\p{Ll}{4,}\\W*")) {
        names.add(i);
      }
    }
    if (names.isEmpty()) {
      return punctuation(s);
    }
    int i = names.get(random.nextInt(names.size()));
    String w = words.get(i);
    int v = -1;
    for (int k = 1; k < w.length() - 1; k++) {
      if ("aeiou".indexOf(w.charAt(k)) >= 0) {
        v = k;
        break;
      }
    }
    String respelled = v < 0 ? w.charAt(0) + w.substring(1, 2) + w.substring(1)
        : w.substring(0, v) + switch (w.charAt(v)) {
          case 'a' -> "e";
          case 'e' -> "a";
          case 'i' -> "ee";
          case 'o' -> "ou";
          default -> "oo";
        } + w.substring(v + 1);
    words.set(i, respelled);
    return String.join(" ", words);
  }

  private static List<String> words(String s) {
    return new ArrayList<>(Arrays.asList(s.split(" ")));
  }
}
