package io.newsdesk.core.language.ner;

import io.newsdesk.core.language.PosTagger;
import io.newsdesk.core.language.WordShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of one token for the tagger: the word and its context, shapes, affixes, the two tags predicted
 * before it, whether the gazetteer, the harvested lists or the lists of people's and companies' names
 * ({@link NameWords}) know it, its word clusters and those of its neighbours ({@link WordClusters}), the parts of
 * speech of the shipped tagger around it, the types its document gave it before ({@link DocumentMemory}), and what
 * its contextual vectors say of it ({@link ContextProbe}).
 * Shapes and lower-cased forms matter most for web text, whose names are often written in lower case ("tampa
 * bay") or capitals; clusters, name words and parts of speech for names training never saw.
 * Features that read the tags before the token are apart ({@link #history}), so that a beam scores the rest once.
 */
final class NerFeatures {

  private static final String START = "<s>";
  private static final String END = "</s>";

  private final PlaceNames places;
  private final WordClusters clusters;
  private final PosTagger tagger;
  private final NameWords names;

  /** {@code tagger} null: no part-of-speech features. */
  NerFeatures(PlaceNames places, WordClusters clusters, PosTagger tagger, NameWords names) {
    this.places = places;
    this.clusters = clusters;
    this.tagger = tagger;
    this.names = names;
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
    /** The length of the longest name of any place, however small, starting at each token (0 to 3). */
    final int[] anyPlaceFrom;
    /** Each token's hints from the context probe ({@link ContextProbe#hints}), or null without one. */
    final String[][] hints;
    /** Each token's cluster ids as feature values ("12", "12p" when read from a prefix), or null. */
    final String[][] cluster;
    /**
     * The types (a bit per {@link EntityType}) the recogniser gave this word, capitalised, earlier in the same
     * document: a name is usually typed the same all through a text, and its first mention has the most context.
     */
    final int[] memory;
    /** Each token's part of speech, UPOS and Penn tag ("PROPN NNP"), "?" without a tagger. */
    final String[] pos;
    final String[] upos;

    Sentence(List<String> words, NameLists lists, DocumentMemory remembered, String[][] hints) {
      this.words = words;
      this.lists = lists;
      int n = words.size();
      lower = new String[n];
      shape = new String[n];
      shortShape = new String[n];
      placeFrom = new int[n];
      inPlace = new boolean[n];
      anyPlaceFrom = new int[n];
      this.hints = hints;
      cluster = new String[n][];
      memory = new int[n];
      pos = new String[n];
      upos = new String[n];
      List<String[]> tagged = tagger == null ? null : tagger.partsOfSpeech(words);
      for (int i = 0; i < n; i++) {
        upos[i] = tagged == null ? "?" : tagged.get(i)[0];
        pos[i] = tagged == null ? "?" : tagged.get(i)[1];
      }
      for (int i = 0; i < n; i++) {
        lower[i] = words.get(i).toLowerCase(Locale.ROOT);
        shape[i] = WordShape.detailed(words.get(i));
        shortShape[i] = WordShape.of(words.get(i));
        cluster[i] = clusters.labels(words.get(i));
        memory[i] = remembered == null ? 0 : remembered.typesOf(words.get(i));
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
          if (Character.isUpperCase(words.get(i).charAt(0)) && places.isAnyPlace(name.toString())) {
            anyPlaceFrom[i] = len;
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

    String upos(int i) {
      return i < 0 ? START : i >= upos.length ? END : upos[i];
    }

    /** The token's cluster at {@code level}, or a marker outside the sentence or the table. */
    String cluster(int i, int level) {
      if (i < 0) {
        return START;
      }
      if (i >= cluster.length) {
        return END;
      }
      String[] c = cluster[i];
      return c == null || level >= c.length ? "?" : c[level];
    }
  }

  Sentence sentence(List<String> words, NameLists lists, DocumentMemory memory, String[][] hints) {
    return new Sentence(words, lists, memory, hints);
  }

  /** The features of token {@code i} that depend on the tags before it. */
  List<String> history(Sentence s, int i, String prev, String prev2) {
    List<String> f = new ArrayList<>(8);
    f.add("t-1=" + prev);
    f.add("t-2|t-1=" + prev2 + "|" + prev);
    f.add("t-1|w=" + prev + "|" + s.lower[i]);
    f.add("t-1|sh=" + prev + "|" + s.shortShape[i]);
    f.add("t-1|c0=" + prev + "|" + s.cluster(i, 0));
    if (s.inPlace[i]) {
      f.add("gaz-in|t-1=" + prev);
    }
    if (i > 0) {
      Integer before = s.lists.nameWords().get(s.lower[i - 1]);
      f.add("name-word-1=" + (before == null ? 0 : before) + "|t-1=" + prev);
    }
    return f;
  }

  /** The features of token {@code i} that do not depend on the tags predicted before it. */
  List<String> of(Sentence s, int i) {
    List<String> f = new ArrayList<>(64);
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
    if (s.cluster[i] != null) {
      for (int l = 0; l < s.cluster[i].length; l++) {
        f.add("c" + l + "=" + s.cluster[i][l]);
      }
      f.add("c1|ssh=" + s.cluster[i][1] + "|" + s.shortShape[i]);
      f.add("c2|ssh=" + s.cluster[i][s.cluster[i].length - 1] + "|" + s.shortShape[i]);
    }
    f.add("c1-1=" + s.cluster(i - 1, 1));
    f.add("c1+1=" + s.cluster(i + 1, 1));
    f.add("c0-1|c0=" + s.cluster(i - 1, 0) + "|" + s.cluster(i, 0));
    f.add("c0|c0+1=" + s.cluster(i, 0) + "|" + s.cluster(i + 1, 0));
    f.add("xpos=" + s.pos[i]);
    f.add("upos|ssh=" + s.upos[i] + "|" + s.shortShape[i]);
    f.add("upos-1=" + s.upos(i - 1));
    f.add("upos+1=" + s.upos(i + 1));
    f.add("upos-1|upos=" + s.upos(i - 1) + "|" + s.upos[i]);
    f.add("upos|upos+1=" + s.upos[i] + "|" + s.upos(i + 1));
    f.add("upos-1|upos|upos+1=" + s.upos(i - 1) + "|" + s.upos[i] + "|" + s.upos(i + 1));
    f.add("c1-2=" + s.cluster(i - 2, 1));
    f.add("c1+2=" + s.cluster(i + 2, 1));
    f.add("upos-2=" + s.upos(i - 2));
    f.add("upos+2=" + s.upos(i + 2));
    f.add("w-1|ssh=" + s.lower(i - 1) + "|" + s.shortShape[i]);
    f.add("ssh|w+1=" + s.shortShape[i] + "|" + s.lower(i + 1));
    f.add("sh+1|sh+2=" + s.shortShape(i + 1) + "|" + s.shortShape(i + 2));
    f.add("sh-2|sh-1=" + s.shortShape(i - 2) + "|" + s.shortShape(i - 1));
    // the run of capitalised words the token lies in: its length and the token's place in it
    if (Character.isUpperCase(w.charAt(0))) {
      int from = i;
      while (from > 0 && Character.isUpperCase(s.words.get(from - 1).charAt(0))) {
        from--;
      }
      int to = i + 1;
      while (to < s.words.size() && Character.isUpperCase(s.words.get(to).charAt(0))) {
        to++;
      }
      f.add("caprun=" + Math.min(to - from, 4) + "|" + Math.min(i - from, 3));
    }
    // what the word's use says, from the context probe: its hints, alone and with the word's shape (the probe's
    // model is lower-case), and the likeliest tag of the words on either side
    if (s.hints != null) {
      for (String h : s.hints[i]) {
        f.add("ctx:" + h);
        f.add("ctx:" + h + "|" + s.shortShape[i]);
      }
      if (i > 0) {
        f.add("ctx-1:" + s.hints[i - 1][0]);
      }
      if (i + 1 < s.hints.length) {
        f.add("ctx+1:" + s.hints[i + 1][0]);
      }
    }
    if (s.memory[i] != 0) {
      f.add("mem=" + s.memory[i]);
      f.add("mem|ssh=" + s.memory[i] + "|" + s.shortShape[i]);
    }
    if (s.placeFrom[i] > 0) {
      f.add("gaz-start=" + s.placeFrom[i] + "|" + s.shortShape[i]);
    }
    if (s.inPlace[i]) {
      f.add("gaz-in|sh=" + s.shortShape[i]);
    }
    if (s.anyPlaceFrom[i] > 0) {
      f.add("gaz-any=" + s.anyPlaceFrom[i] + "|" + s.shortShape[i]);
    }
    if (i + 1 < s.words.size() && s.placeFrom[i + 1] > 0) {
      f.add("gaz+1|sh+1=" + s.shortShape[i + 1]);
    }
    NameLists lists = s.lists;
    Integer types = lists.nameWords().get(lw);
    f.add("name-word=" + (types == null ? 0 : types) + "|" + s.shortShape[i]);

    if (i + 1 < s.words.size()) {
      Integer after = lists.nameWords().get(s.lower[i + 1]);
      f.add("name-word+1=" + (after == null ? 0 : after) + "|" + s.shortShape[i]);
    }
    if (lists.commonWords().contains(lw)) {
      f.add("common|" + s.shortShape[i] + (i == 0 ? "|first" : ""));
    }
    // the name words known apart from the training data, for names it never saw (held-out F1 0.588 -> 0.618)
    if (names.isPersonWord(lw)) {
      f.add("person-word|sh=" + s.shortShape[i]);
    }
    if (names.isCompanyWord(lw)) {
      f.add("company-word|sh=" + s.shortShape[i]);
    }
    if (i > 0 && names.isPersonWord(s.lower[i - 1])) {
      f.add("person-word-1|sh=" + s.shortShape[i]);
    }
    if (i + 1 < s.words.size() && names.isPersonWord(s.lower[i + 1])) {
      f.add("person-word+1|sh=" + s.shortShape[i]);
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
}
