package io.newsdesk.core.language.ner;

import io.newsdesk.core.language.ConllU;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the named entities of a CoNLL-U file with GUM's entity layer: the MISC column's {@code Entity=} value
 * opens a mention with {@code (ID-type-...} and closes it with {@code ID)}; a one-token mention is
 * {@code (ID-type-...)}.
 *
 * <p>GUM marks every mention (pronouns, "the government", "Australian children"), while a name recogniser finds
 * names. The mapping: type person is PER, place LOC, organization ORG, every other type is dropped; and a mention
 * is a name when it ends with a proper noun (UPOS PROPN, trailing punctuation aside) and, without the determiners,
 * pronouns, punctuation, common nouns and lower-case words other than proper nouns ("wikiHow") that open it (a role or title: "the physician Yang
 * Buwei" gives "Yang Buwei", as flat NER corpora such as UNER mark it), it holds only
 * proper nouns, capitalised adjectives and nouns (GUM tags "New" in "New York City" and "European" in "the European
 * Space Agency" as adjectives), adpositions, determiners, conjunctions, particles, numbers and punctuation ("the
 * United States" gives "United States", "Bank of America" stays whole, "Australian children" is dropped), joining
 * no names by a comma or "and" ("Coase and North" gives "Coase" and "North"). Nested names keep the outermost ("University of Sydney" ORG, not its "Sydney" LOC), as flat NER
 * corpora such as UNER annotate them.
 */
public final class GumEntityReader {

  private static final Map<String, EntityType> TYPES =
      Map.of("person", EntityType.PER, "place", EntityType.LOC, "organization", EntityType.ORG);
  private static final Set<String> INSIDE_NAME = Set.of("PROPN", "ADP", "DET", "CCONJ", "PART", "NUM", "PUNCT");

  /**
   * Words that join several names into one group mention ("Coase and North", "Balanga City, Philippines"): such a
   * mention is no name, and the names inside it, which GUM marks too, are kept instead.
   */
  private static final Set<String> LISTING = Set.of(",", ";", "and", "or", "And", "Or", "/");

  /** Parts of speech that open a mention without being part of the name in it. */
  private static final Set<String> LEADING = Set.of("DET", "PRON", "PUNCT", "NOUN");

  private GumEntityReader() {}

  private static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  /** A mention as written, before it is judged a name. */
  record Mention(int start, int end, String type) {}

  /** The sentences of {@code source} (read by {@link ConllU}) with their names as spans. */
  public static List<LabelledSentence> read(Reader source, String defaultDocument) throws IOException {
    List<LabelledSentence> sentences = new ArrayList<>();
    for (ConllU.Sentence sentence : ConllU.read(source, defaultDocument)) {
      List<String> tokens = new ArrayList<>();
      List<String> upos = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      Map<String, Deque<Integer>> open = new HashMap<>();
      Map<String, Deque<String>> openType = new HashMap<>();
      for (ConllU.Token token : sentence.tokens()) {
        int index = tokens.size();
        tokens.add(token.form());
        upos.add(token.upos());
        String entity = token.miscValue("Entity");
        if (entity != null) {
          parseBrackets(entity, index, mentions, open, openType);
        }
      }
      sentences.add(new LabelledSentence(sentence.document(), tokens, names(mentions, tokens, upos)));
    }
    return sentences;
  }

  /** Applies one token's brackets: "(1-person-...", "1)", "(4-time-...)", "(5-time-...)4)". */
  static void parseBrackets(String value, int index, List<Mention> mentions, Map<String, Deque<Integer>> open,
      Map<String, Deque<String>> openType) {
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '(') {
        int j = i + 1;
        while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
          j++;
        }
        String[] fields = value.substring(i + 1, j).split("-");
        String id = fields[0];
        String type = fields.length > 1 ? fields[1] : "";
        if (j < value.length() && value.charAt(j) == ')') {
          mentions.add(new Mention(index, index + 1, type));
          j++;
        } else {
          open.computeIfAbsent(id, k -> new ArrayDeque<>()).push(index);
          openType.computeIfAbsent(id, k -> new ArrayDeque<>()).push(type);
        }
        i = j;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < value.length() && value.charAt(j) != ')' && value.charAt(j) != '(') {
          j++;
        }
        String id = value.substring(i, j);
        Deque<Integer> starts = open.get(id);
        if (starts != null && !starts.isEmpty()) {
          mentions.add(new Mention(starts.pop(), index + 1, openType.get(id).pop()));
        }
        i = j < value.length() && value.charAt(j) == ')' ? j + 1 : j;
      } else {
        i++;
      }
    }
  }

  /** The mentions that are names of a kept type, trimmed, outermost first, none overlapping. */
  static List<EntitySpan> names(List<Mention> mentions, List<String> tokens, List<String> upos) {
    List<EntitySpan> candidates = new ArrayList<>();
    for (Mention m : mentions) {
      EntityType type = TYPES.get(m.type());
      if (type == null) {
        continue;
      }
      int start = m.start();
      int end = m.end();
      while (end > start && upos.get(end - 1).equals("PUNCT")) {
        end--;
      }
      if (start >= end || !upos.get(end - 1).equals("PROPN")) {
        continue; // a name ends in a proper noun: "Australian children" is none
      }
      // the words before the name proper: determiners, pronouns, punctuation, and roles and titles written as common
      // nouns or in lower case ("the physician Yang Buwei", "Mathematician Hermann Weyl", "his brother Alfred")
      while (start < end && (LEADING.contains(upos.get(start))
          || (!upos.get(start).equals("PROPN") && !capitalised(tokens.get(start))))) {
        start++;
      }
      boolean named = start < end;
      for (int i = start; i < end; i++) {
        // GUM tags the adjectives and nouns of names as such ("New York City", "the European Space Agency")
        boolean word = INSIDE_NAME.contains(upos.get(i))
            || ((upos.get(i).equals("ADJ") || upos.get(i).equals("NOUN")) && capitalised(tokens.get(i)));
        named &= word && !LISTING.contains(tokens.get(i));
      }
      if (named) {
        candidates.add(new EntitySpan(start, end, type));
      }
    }
    candidates.sort(Comparator.comparingInt((EntitySpan s) -> s.start() - s.end()).thenComparingInt(EntitySpan::start));
    boolean[] taken = new boolean[upos.size()];
    List<EntitySpan> kept = new ArrayList<>();
    for (EntitySpan s : candidates) {
      boolean free = true;
      for (int i = s.start(); i < s.end(); i++) {
        free &= !taken[i];
      }
      if (free) {
        for (int i = s.start(); i < s.end(); i++) {
          taken[i] = true;
        }
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(EntitySpan::start));
    return kept;
  }
}
