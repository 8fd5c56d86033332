package io.newsdesk.core.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words outlets choose between for the same thing ({@code loaded-words.tsv}): per concept, the neutral words
 * and those that take a side. Loaded once, immutable, safe across threads.
 */
public final class LoadedWords {

  /** One word (or phrase) of a concept; it matches whole, in any case, with -s, -es, -d or -ed after it. */
  record Word(String concept, String word, boolean loaded) {}

  /** A word with its parts, split once for the index. */
  private record Indexed(Word word, String[] parts) {}

  private static final List<String> ENDINGS = List.of("", "s", "es", "d", "ed");

  private final List<Word> words;
  /** The words by their first part, so that a text is read once instead of once per word. */
  private final Map<String, List<Indexed>> byFirstPart = new HashMap<>();

  LoadedWords(List<Word> words) {
    this.words = List.copyOf(words);
    for (Word w : this.words) {
      String[] parts = w.word().split(" ");
      byFirstPart.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Indexed(w, parts));
    }
  }

  /** The list shipped with newsdesk. */
  public static LoadedWords standard() {
    try (InputStream in = LoadedWords.class.getResourceAsStream("loaded-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("loaded-words.tsv is missing from the newsdesk-core jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read loaded-words.tsv", e);
    }
  }

  /** Lines of "concept TAB word TAB yes|no"; blank lines and lines starting with # are skipped. */
  static LoadedWords parse(List<String> lines) {
    List<Word> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException("a loaded-words line needs concept, word and yes|no: " + line);
      }
      out.add(new Word(f[0], String.join(" ", f[1].toLowerCase(Locale.ROOT).strip().split("\\s+")), f[2].equals("yes")));
    }
    return new LoadedWords(out);
  }

  /**
   * Per concept, per word, how often {@code text} uses it; concepts and words in list order, unused ones left out.
   * A word is letters and hyphens, so "anti-government fighters" do not name the government; the parts of a
   * phrase are separated by white space only.
   */
  Map<String, Map<Word, Integer>> count(String text) {
    Matcher m = TOKEN.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Map<Word, Integer> counts = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      String token = lower.substring(spans.get(i)[0], spans.get(i)[1]);
      for (Indexed w : byFirstPart.getOrDefault(token, List.of())) {
        if (w.parts().length > 1 && phraseAt(w.parts(), lower, spans, i)) {
          counts.merge(w.word(), 1, Integer::sum);
        }
      }
      for (String ending : ENDINGS) {
        if (token.length() > ending.length() && token.endsWith(ending)) {
          for (Indexed w : byFirstPart.getOrDefault(token.substring(0, token.length() - ending.length()),
              List.of())) {
            if (w.parts().length == 1) {
              counts.merge(w.word(), 1, Integer::sum);
            }
          }
        }
      }
    }
    Map<String, Map<Word, Integer>> out = new LinkedHashMap<>();
    for (Word w : words) {
      Integer n = counts.get(w);
      if (n != null && n > 0) {
        out.computeIfAbsent(w.concept(), k -> new LinkedHashMap<>()).put(w, n);
      }
    }
    return out;
  }

  /** True when the tokens from {@code first} on spell the phrase, apart only by white space, its last part ending. */
  private static boolean phraseAt(String[] parts, String lower, List<int[]> spans, int first) {
    if (first + parts.length > spans.size()) {
      return false;
    }
    for (int k = 1; k < parts.length; k++) {
      int[] prev = spans.get(first + k - 1);
      int[] span = spans.get(first + k);
      if (!lower.substring(prev[1], span[0]).isBlank()) {
        return false;
      }
      String token = lower.substring(span[0], span[1]);
      boolean last = k == parts.length - 1;
      if (!token.equals(parts[k]) && !(last && ENDINGS.stream()
          .anyMatch(e -> !e.isEmpty() && token.equals(parts[parts.length - 1] + e)))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}-]+");
}
