package io.newsdesk.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A list of words kept as a resource file beside the class that reads it: words separated by spaces, commas or
 * line breaks, or entries one a line; lines that start with {@code #} are comments, the first of which says where
 * the words come from.
 */
public final class WordList {

  private WordList() {}

  /** The words of the resource {@code name}, found beside {@code owner}, as an unmodifiable set. */
  public static Set<String> read(Class<?> owner, String name) {
    return read(owner, name, false);
  }

  /** The entries of the resource {@code name}, one a line, each of one word or more ("Associated Press"). */
  public static Set<String> readLines(Class<?> owner, String name) {
    return read(owner, name, true);
  }

  private static Set<String> read(Class<?> owner, String name, boolean wholeLines) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " is missing beside " + owner.getName());
      }
      Set<String> words = new LinkedHashSet<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.startsWith("#")) {
          for (String w : wholeLines ? new String[] {line.strip()} : line.split("[\\s,]+")) {
            if (!w.isEmpty()) {
              words.add(w);
            }
          }
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + name, e);
    }
  }
}
