package io.newsdesk.core.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  /** One word of a concept and the pattern that finds it: whole, any case, with -s, -es, -d or -ed after it. */
  record Word(String concept, String word, boolean loaded, Pattern pattern) {}

  private final List<Word> words;

  LoadedWords(List<Word> words) {
    this.words = List.copyOf(words);
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
      // not inside a hyphenated word: "anti-government fighters" do not name the government
      Pattern p = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(f[1]).replace(" ", "\\E\\s+\\Q") + "(?:e?s|e?d)?(?![\\p{L}-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      out.add(new Word(f[0], f[1].toLowerCase(Locale.ROOT), f[2].equals("yes"), p));
    }
    return new LoadedWords(out);
  }

  /** Per concept, per word, how often {@code text} uses it; concepts and words in list order, unused ones left out. */
  Map<String, Map<Word, Integer>> count(String text) {
    Map<String, Map<Word, Integer>> out = new LinkedHashMap<>();
    for (Word w : words) {
      Matcher m = w.pattern().matcher(text);
      int n = 0;
      while (m.find()) {
        n++;
      }
      if (n > 0) {
        out.computeIfAbsent(w.concept(), k -> new LinkedHashMap<>()).put(w, n);
      }
    }
    return out;
  }
}
