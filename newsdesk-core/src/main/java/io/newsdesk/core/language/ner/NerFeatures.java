package io.newsdesk.core.language.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of one token for the tagger: the word and its context, shapes, affixes, the two tags predicted
 * before it, and whether the gazetteer or the harvested lists know it. Shapes and lower-cased forms matter most
 * for web text, whose names are often written in lower case ("tampa bay") or capitals.
 */
final class NerFeatures {

  private static final String START = "<s>";
  private static final String END = "</s>";

  private final PlaceNames places;

  NerFeatures(PlaceNames places) {
    this.places = places;
  }

  /** Context of one sentence computed once: lower-cased words, shapes, gazetteer hits. */
  final class Sentence {
    final List<String> words;
    final NameLists lists;
    final String[] lower;
    final String[] shape;
    final String[] shortShape;
    /** The length of the longest place name starting at each token (0, 1, 2 or 3 tokens). */
    final int[] placeFrom;
    /** Whether the token lies inside a place name of the gazetteer (of any length up to 3). */
    final boolean[] inPlace;

    Sentence(List<String> words, NameLists lists) {
      this.words = words;
      this.lists = lists;
      int n = words.size();
      lower = new String[n];
      shape = new String[n];
      shortShape = new String[n];
      placeFrom = new int[n];
      inPlace = new boolean[n];
      for (int i = 0; i < n; i++) {
        lower[i] = words.get(i).toLowerCase(Locale.ROOT);
        shape[i] = shape(words.get(i), false);
        shortShape[i] = shape(words.get(i), true);
      }
      for (int i = 0; i < n; i++) {
        if (!Character.isLetter(words.get(i).charAt(0))) {
          continue;
        }
        StringBuilder name = new StringBuilder();
        for (int len = 1; len <= 3 && i + len <= n; len++) {
          if (len > 1) {
            name.append(' ');
          }
          name.append(words.get(i + len - 1));
          if (places.isPlace(name.toString())) {
            placeFrom[i] = len;
          }
        }
        for (int k = i; k < i + placeFrom[i]; k++) {
          inPlace[k] = true;
        }
      }
    }

    String lower(int i) {
      return i < 0 ? START : i >= lower.length ? END : lower[i];
    }

    String shortShape(int i) {
      return i < 0 ? START : i >= shortShape.length ? END : shortShape[i];
    }
  }

  Sentence sentence(List<String> words, NameLists lists) {
    return new Sentence(words, lists);
  }

  /** The features of token {@code i}, given the tags predicted for the two tokens before it. */
  List<String> of(Sentence s, int i, String prev, String prev2) {
    List<String> f = new ArrayList<>(48);
    String w = s.words.get(i);
    String lw = s.lower[i];
    f.add("b");
    f.add("w=" + w);
    f.add("lw=" + lw);
    for (int k = 1; k <= 4 && k <= lw.length(); k++) {
      f.add("p" + k + "=" + lw.substring(0, k));
      f.add("s" + k + "=" + lw.substring(lw.length() - k));
    }
    f.add("sh=" + s.shape[i]);
    f.add("ssh=" + s.shortShape[i]);
    boolean cap = Character.isUpperCase(w.charAt(0));
    f.add("cap=" + cap + (i == 0 ? "|first" : ""));
    f.add("pos=" + (i == 0 ? "first" : i == s.words.size() - 1 ? "last" : "mid"));
    f.add("w-1=" + s.lower(i - 1));
    f.add("w-2=" + s.lower(i - 2));
    f.add("w+1=" + s.lower(i + 1));
    f.add("w+2=" + s.lower(i + 2));
    f.add("sh-1=" + s.shortShape(i - 1));
    f.add("sh-2=" + s.shortShape(i - 2));
    f.add("sh+1=" + s.shortShape(i + 1));
    f.add("sh+2=" + s.shortShape(i + 2));
    f.add("sh-1|sh=" + s.shortShape(i - 1) + "|" + s.shortShape[i]);
    f.add("sh|sh+1=" + s.shortShape[i] + "|" + s.shortShape(i + 1));
    f.add("w-1|w=" + s.lower(i - 1) + "|" + lw);
    f.add("w|w+1=" + lw + "|" + s.lower(i + 1));
    f.add("t-1=" + prev);
    f.add("t-2|t-1=" + prev2 + "|" + prev);
    f.add("t-1|w=" + prev + "|" + lw);
    f.add("t-1|sh=" + prev + "|" + s.shortShape[i]);
    if (s.placeFrom[i] > 0) {
      f.add("gaz-start=" + s.placeFrom[i] + "|" + s.shortShape[i]);
    }
    if (s.inPlace[i]) {
      f.add("gaz-in|t-1=" + prev);
      f.add("gaz-in|sh=" + s.shortShape[i]);
    }
    if (i + 1 < s.words.size() && s.placeFrom[i + 1] > 0) {
      f.add("gaz+1|sh+1=" + s.shortShape[i + 1]);
    }
    NameLists lists = s.lists;
    Integer types = lists.nameWords().get(lw);
    f.add("name-word=" + (types == null ? 0 : types) + "|" + s.shortShape[i]);

    if (i > 0) {
      Integer before = lists.nameWords().get(s.lower[i - 1]);
      f.add("name-word-1=" + (before == null ? 0 : before) + "|t-1=" + prev);
    }
    if (i + 1 < s.words.size()) {
      Integer after = lists.nameWords().get(s.lower[i + 1]);
      f.add("name-word+1=" + (after == null ? 0 : after) + "|" + s.shortShape[i]);
    }
    if (lists.commonWords().contains(lw)) {
      f.add("common|" + s.shortShape[i] + (i == 0 ? "|first" : ""));
    }
    if (lists.firstNames().contains(lw)) {
      f.add("first-name|sh=" + s.shortShape[i]);
    }
    if (i > 0 && lists.firstNames().contains(s.lower[i - 1])) {
      f.add("first-name-1|sh=" + s.shortShape[i]);
    }
    if (lists.organisationWords().contains(lw)) {
      f.add("org-word|sh=" + s.shortShape[i]);
    }
    for (int k = i + 1; k <= i + 3 && k < s.words.size(); k++) {
      if (lists.organisationWords().contains(s.lower[k])) {
        f.add("org-word+" + (k - i) + "|sh=" + s.shortShape[i]);
        break;
      }
    }
    return f;
  }

  /**
   * A word's shape: each upper-case letter X, lower-case x, digit d, other characters as they are ("Xxxxx",
   * "XX", "dd-dd"); the short shape collapses runs ("Xx", "X", "d-d") so that it generalises across lengths.
   */
  static String shape(String word, boolean collapse) {
    StringBuilder b = new StringBuilder(word.length());
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      if (collapse && k == last) {
        continue;
      }
      if (!collapse && b.length() >= 6 && k == last) {
        continue;
      }
      b.append(k);
      last = k;
    }
    return b.toString();
  }
}
