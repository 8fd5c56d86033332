package io.newsdesk.core.language;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a sentence's subject and main verb from the parts of speech a trained {@link PosTagger} gives its words: the
 * main verb is the first finite verb (past, present or modal) that does not open a relative clause, and the subject
 * is the words before it. A shallow reading, not a parse; the sentence's own characters are kept, by offsets.
 */
public final class ClauseReader {

  /** Penn tags of a finite verb: past, present (third person and not), modal. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> PROPER = Set.of("NNP", "NNPS");
  /** Penn tags of a relative pronoun or determiner: "who", "which", "that" opening a clause inside the subject. */
  private static final Set<String> RELATIVE = Set.of("WDT", "WP", "WP$");

  /**
   * Penn tags of words that cannot end a phrase cut short: prepositions, determiners, conjunctions, "to", and
   * adjectives, which wait for their noun ("took the town after a long" reads "took the town").
   */
  private static final Set<String> OPENERS = Set.of("IN", "DT", "PDT", "CC", "TO", "PRP$", "WDT", "WP", "WP$", "POS",
      "WRB", "MD", "JJ", "JJR", "JJS");
  /** Penn tags that end a noun phrase: nouns, proper nouns, numbers. */
  private static final Set<String> NOUN_PHRASE_END = Set.of("NN", "NNS", "NNP", "NNPS", "CD");
  /** Penn tags that open a noun phrase: determiners, adjectives, nouns, numbers, pronouns, opening quotes. */
  private static final Set<String> NOUN_PHRASE_START = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
      "NNPS", "CD", "PRP", "PRP$", "``", "POS");

  /** Punctuation that closes the main clause's predicate. */
  private static final String CLAUSE_END = ";:—–,";

  /**
   * A sentence read into its words and their tags: the subject is {@code sentence.substring(subjectStart(),
   * subjectEnd)}, the predicate starts with the main verb, word {@code verb} of {@code words}.
   */
  public record Clause(String sentence, List<WordTokenizer.Token> words, List<PosTagger.TaggedWord> tags,
      int subjectEnd, int verb) {
    /** Where the subject starts: the sentence's first word. */
    public int subjectStart() {
      return words.get(0).start();
    }

    /** Where the predicate starts: the main verb. */
    public int verbStart() {
      return words.get(verb).start();
    }

    public String subject() {
      return sentence.substring(subjectStart(), subjectEnd);
    }

    public String predicate() {
      return sentence.substring(verbStart());
    }

    /**
     * The predicate to the end of its clause (a comma, a semicolon, a dash) and at most {@code maxWords} words, not
     * ending on a word that opens a phrase ("killed six people in", "took the town after a"): what was done, said
     * briefly.
     */
    public String predicate(int maxWords) {
      int end = verb;
      for (int i = verb; i < words.size() && i < verb + maxWords; i++) {
        String w = words.get(i).text();
        if (i > verb && w.length() == 1 && CLAUSE_END.indexOf(w.charAt(0)) >= 0) {
          break;
        }
        end = i + 1;
      }
      // a name is not cut in half ("blames loss on FBI's James" reads "... James Comey"), up to three words more
      for (int more = 0; more < 3 && end < words.size() && PROPER.contains(tags.get(end - 1).xpos())
          && PROPER.contains(tags.get(end).xpos()); more++) {
        end++;
      }
      while (end > verb + 1 && (OPENERS.contains(tags.get(end - 1).xpos())
          || !Character.isLetterOrDigit(words.get(end - 1).text().charAt(0)))) {
        end--;
      }
      return sentence.substring(verbStart(), words.get(end - 1).end());
    }
  }

  private final PosTagger tagger;
  private final PosTagger headlineTagger;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** One tagger for sentences and headlines alike. */
  public ClauseReader(PosTagger tagger) {
    this(tagger, tagger);
  }

  /** {@code tagger} for sentences, {@code headlineTagger} for headlines ({@link #readHeadline}). */
  public ClauseReader(PosTagger tagger, PosTagger headlineTagger) {
    this.tagger = tagger;
    this.headlineTagger = headlineTagger;
  }

  /** Over the taggers newsdesk ships: the one for prose, and the one for headlines. */
  public static ClauseReader shipped() {
    return new ClauseReader(PerceptronTagger.load(), PerceptronTagger.loadForHeadlines());
  }

  /**
   * The subject and main verb of {@code sentence}, looking for the verb among its first {@code maxSubjectWords} + 1
   * words; empty when none is finite there or nothing stands before it.
   */
  public Optional<Clause> read(String sentence, int maxSubjectWords) {
    return read(sentence, maxSubjectWords, false);
  }

  /**
   * The subject and main verb of a headline, read as {@link #read(String, int)} reads a sentence, by the headline
   * tagger and with the grammar of headlines beside it: without a finite verb, a past participle straight after the
   * subject is its verb ("Seven killed as tram derails"), and a word the tagger takes for a plural noun is the verb
   * where it stands between a noun and the start of a noun phrase ("Bomber rams truck", "Trump slams 'rigged' FBI"),
   * as no prose would have it. A title-cased headline is tagged as prose would write it ({@link #sentenceCased}).
   */
  public Optional<Clause> readHeadline(String headline, int maxSubjectWords) {
    return read(headline, maxSubjectWords, true);
  }

  private Optional<Clause> read(String sentence, int maxSubjectWords, boolean headline) {
    List<WordTokenizer.Token> tokens = tokenizer.tokenize(sentence);
    if (tokens.size() < 2) {
      return Optional.empty();
    }
    List<String> words = WordTokenizer.texts(tokens);
    List<PosTagger.TaggedWord> tags = headline
        ? headlineTagger.tag(titleCased(words) ? sentenceCased(words) : words)
        : tagger.tag(words);
    int relative = -1; // where a relative clause inside the subject opens ("A man who survived ... was")
    boolean relativeVerb = false;
    int limit = Math.min(tokens.size(), maxSubjectWords + 1);
    for (int i = 1; i < limit; i++) {
      String xpos = tags.get(i).xpos();
      if (RELATIVE.contains(xpos) && relative < 0) {
        relative = i;
        continue;
      }
      if (!FINITE.contains(xpos) && !(headline && headlineVerb(tags, i))) {
        continue;
      }
      if (relative >= 0 && !relativeVerb) {
        relativeVerb = true; // the relative clause's own verb
        continue;
      }
      int subjectEnd = tokens.get((relative >= 1 ? relative : i) - 1).end();
      return Optional.of(new Clause(sentence, tokens, tags, subjectEnd, i));
    }
    if (headline) {
      for (int i = 1; i < limit; i++) {
        if (tags.get(i).xpos().equals("VBN") && NOUN_PHRASE_END.contains(tags.get(i - 1).xpos())) {
          return Optional.of(new Clause(sentence, tokens, tags, tokens.get(i - 1).end(), i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a headline is written in title case ("Army Takes Control Of Border Crossing"): every word of four
   * letters or more after the first is capitalised, and there are at least three. The tagger, trained on prose,
   * reads every capitalised word there as a name and finds no verb.
   */
  static boolean titleCased(List<String> words) {
    int longWords = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        longWords++;
      }
    }
    return longWords >= 3;
  }

  /**
   * The words of a title-cased headline as prose would write them, for the tagger: a capitalised word ("Takes",
   * "Border") in lower case; words in capitals ("FBI") and the rest as they are. Names lose their capital too, so
   * the tagger reads them as nouns, which is enough to find the verb: the answer keeps the headline's own characters.
   */
  static List<String> sentenceCased(List<String> words) {
    List<String> out = new java.util.ArrayList<>(words.size());
    for (String w : words) {
      boolean capitalised = w.length() > 1 && Character.isUpperCase(w.charAt(0))
          && w.substring(1).chars().noneMatch(Character::isUpperCase);
      out.add(capitalised ? w.toLowerCase(java.util.Locale.ROOT) : w);
    }
    return out;
  }

  /** A plural noun's tag on a word between a noun and a noun phrase: in a headline, its verb. */
  private static boolean headlineVerb(List<PosTagger.TaggedWord> tags, int i) {
    return tags.get(i).xpos().equals("NNS") && i + 1 < tags.size()
        && NOUN_PHRASE_END.contains(tags.get(i - 1).xpos()) && NOUN_PHRASE_START.contains(tags.get(i + 1).xpos());
  }
}
