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
 * names. The mapping: type person is PER, place LOC, organization ORG, every other type is dropped; and the name
 * in a mention is, after the determiners, pronouns, punctuation, common nouns and lower-case adjectives that open
 * it (a role or title: "the physician Yang Buwei" gives "Yang Buwei", as flat NER corpora such as UNER mark it), the
 * run of proper nouns, capitalised adjectives and nouns (GUM tags "New" in "New York City" ADJ) and the small words
 * inside names ("Bank of America"), up to its last proper noun. The mention must end there or go on past a break,
 * a clause, an apposition ("Japan, where he served" gives "Japan") or a preposition that attaches a place or a party
 * to the name ("the Guangzhou Opera House in China" gives "Guangzhou Opera House"); a name that modifies a common
 * noun is no name ("a Texas man"), nor is a mention with no proper noun ("Australian children") or one whose first
 * word after the role is a preposition ("the community at Tabennese": GUM marks the place inside it apart). A group
 * joined by a comma or "and" keeps its first name, and GUM marks the others inside it ("Coase and North" gives
 * "Coase" and "North").
 * Nested names keep the outermost ("University of Sydney" ORG, not its "Sydney" LOC), as flat NER
 * corpora such as UNER annotate them.
 */
public final class GumEntityReader {

  private static final Map<String, EntityType> TYPES =
      Map.of("person", EntityType.PER, "place", EntityType.LOC, "organization", EntityType.ORG);
  private static final Set<String> INSIDE_NAME = Set.of("PROPN", "ADP", "DET", "CCONJ", "PART", "NUM", "PUNCT");

  /**
   * Words that join several names into one group mention ("Coase and North", "Balanga City, Philippines"): a name
   * ends before them.
   */
  private static final Set<String> LISTING = Set.of(",", ";", "and", "or", "And", "Or", "/");

  /**
   * Prepositions that attach a place, a time or a party to a name rather than stand inside one: the name ends
   * before them ("the Guangzhou Opera House in China", "Alvin Yeung from the Civic Party"), as flat NER corpora
   * mark it; "of", "for" and the particles of foreign names ("de", "la") stay inside.
   */
  private static final Set<String> ATTACHING = Set.of("in", "at", "from", "near", "with", "except", "by", "on",
      "to", "into", "during", "after", "before", "under", "over", "via", "since", "until", "across", "between");

  /** Parts of speech that open a mention without being part of the name in it. */
  private static final Set<String> LEADING = Set.of("DET", "PRON", "PUNCT", "NOUN");
  /** Parts of speech after which a mention may go on past its name: a clause or an apposition follows. */
  private static final Set<String> BREAKS = Set.of("PUNCT", "CCONJ", "PRON", "ADV", "SCONJ");

  private GumEntityReader() {}

  /** Whether a word may stand inside a name: see {@link #names}. */
  private static boolean nameWord(String token, String upos) {
    return !LISTING.contains(token) && !ATTACHING.contains(token)
        && (INSIDE_NAME.contains(upos) || capitalisedAdjectiveOrNoun(token, upos));
  }

  /**
   * Where the name in {@code m} may start: after a possessor that GUM marks as a mention of its own ("DAB's Ben
   * Chan", "Mecca's Grand Mosque"), since flat NER corpora mark the two names apart; names that hold a "'s"
   * without one ("King's College") are whole.
   */
  private static int possessed(Mention m, List<Mention> mentions, List<String> tokens) {
    for (int k = m.end() - 1; k > m.start(); k--) {
      if (possessive(tokens.get(k))) {
        for (Mention possessor : mentions) {
          // GUM's possessor mention holds its "'s" ("(DAB 's) Ben Chan")
          if (possessor != m && (possessor.end() == k || possessor.end() == k + 1)
              && possessor.start() >= m.start()) {
            return k + 1;
          }
        }
      }
    }
    return m.start();
  }

  /**
   * Whether a person's name is plural proper nouns only: a people or a group ("the Russians", "Muslims",
   * "Engineers"), which flat NER corpora leave unmarked (UNER marks "Iraqis", "Jews" and "Arabs" O).
   */
  private static boolean peopleOrGroup(List<ConllU.Token> words, int start, int end) {
    for (int i = start; i < end; i++) {
      ConllU.Token w = words.get(i);
      if (!w.upos().equals("PROPN") || !w.feats().contains("Number=Plur")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person's name is one word after "the" in its mention: a title standing for the person ("the
   * President", "the Tsar"), which flat NER corpora leave unmarked (UNER marks a lone "President" O), or a people
   * ("the Tatars").
   */
  private static boolean titleAlone(List<String> tokens, Mention m, int start, int end) {
    return end - start == 1 && start > m.start() && tokens.get(start - 1).equalsIgnoreCase("the");
  }

  private static boolean possessive(String token) {
    return token.equals("'s") || token.equals("\u2019s") || token.equals("'");
  }

  /** Whether a word may open a name: not the small words that only stand inside one ("of", "and", "'s"). */
  private static boolean opensName(String token, String upos) {
    return upos.equals("PROPN") || upos.equals("NUM") || capitalisedAdjectiveOrNoun(token, upos);
  }

  /** A capitalised adjective or noun: GUM tags "New" in "New York City" ADJ. */
  private static boolean capitalisedAdjectiveOrNoun(String token, String upos) {
    return (upos.equals("ADJ") || upos.equals("NOUN")) && capitalised(token);
  }

  private static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  /** A mention as written, before it is judged a name. */
  record Mention(int start, int end, String type) {}

  /** The sentences of {@code source} (read by {@link ConllU}) with their names as spans. */
  public static List<LabelledSentence> read(Reader source, String defaultDocument) throws IOException {
    List<LabelledSentence> sentences = new ArrayList<>();
    for (ConllU.Sentence sentence : ConllU.read(source, defaultDocument)) {
      List<Mention> mentions = new ArrayList<>();
      Map<String, Deque<Integer>> open = new HashMap<>();
      Map<String, Deque<String>> openType = new HashMap<>();
      List<ConllU.Token> words = sentence.tokens();
      for (int index = 0; index < words.size(); index++) {
        String entity = words.get(index).miscValue("Entity");
        if (entity != null) {
          parseBrackets(entity, index, mentions, open, openType);
        }
      }
      List<String> tokens = words.stream().map(ConllU.Token::form).toList();
      sentences.add(new LabelledSentence(sentence.document(), tokens, names(mentions, words)));
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
  static List<EntitySpan> names(List<Mention> mentions, List<ConllU.Token> words) {
    List<String> tokens = words.stream().map(ConllU.Token::form).toList();
    List<String> upos = words.stream().map(ConllU.Token::upos).toList();
    // GUM's relation for a title before the name it describes ("Mr. Smith", "Emperor Norton", "General Lee")
    List<Boolean> titles = words.stream().map(w -> w.deprel().equals("nmod:desc") && w.head() > w.id()).toList();
    List<EntitySpan> candidates = new ArrayList<>();
    for (Mention m : mentions) {
      EntityType type = TYPES.get(m.type());
      if (type == null) {
        continue;
      }
      int start = possessed(m, mentions, tokens);
      int end = m.end();
      // the words before the name proper: determiners, pronouns, punctuation, and roles and titles written as common
      // nouns or lower-case adjectives ("the physician Yang Buwei", "Mathematician Hermann Weyl", "his younger
      // brother Alfred"); any other word there ("a man from Ohio") means the mention is no name
      // and a person's titles, which GUM writes as proper nouns but flat NER corpora leave out ("President Barack
      // Obama" gives "Barack Obama", as UNER marks it)
      while (start < end && (LEADING.contains(upos.get(start))
          || (upos.get(start).equals("ADJ") && !capitalised(tokens.get(start)))
          || (type == EntityType.PER && titles.get(start)))) {
        start++;
      }
      // the name opens on a proper noun, a number or a capitalised adjective or noun: after a role, a preposition
      // means the name is another mention's ("the community at Tabennese", "a man from Ohio"), which GUM marks too
      if (start == end || !opensName(tokens.get(start), upos.get(start))) {
        continue;
      }
      // the name runs on over proper nouns, capitalised adjectives and nouns (GUM tags "New" in "New York City"
      // ADJ) and the small words inside names ("Bank of America"), and ends on its last proper noun
      int last = -1;
      int i = start;
      while (i < end && nameWord(tokens.get(i), upos.get(i))) {
        if (upos.get(i).equals("PROPN")) {
          last = i;
        }
        i++;
      }
      // and the mention ends there, or goes on past a break ("Japan, where he served", "Coase and North") or an
      // attaching preposition ("Alvin Yeung from the Civic Party"), not with a word the name modifies ("a Texas man")
      boolean named = last >= 0 && (last + 1 == end || BREAKS.contains(upos.get(last + 1))
          || LISTING.contains(tokens.get(last + 1)) || ATTACHING.contains(tokens.get(last + 1))
          || possessive(tokens.get(last + 1)) && last + 2 == end);
      end = last + 1;
      if (named && type == EntityType.PER && (peopleOrGroup(words, start, end) || titleAlone(tokens, m, start, end))) {
        continue;
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
