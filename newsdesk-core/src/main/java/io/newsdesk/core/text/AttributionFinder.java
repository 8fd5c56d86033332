package io.newsdesk.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the sources a sentence credits, so that figures, quotes and passages can be traced to them. */
public final class AttributionFinder {

  private static final String VERB = "(?:said|says|say|reported|reports|report|told|announced|announces|stated"
      + "|states|claimed|claims|confirmed|confirms|estimated|estimates|added|warned|noted|wrote|writes|tweeted"
      + "|read)";
  /** The nouns that end a common source ("the health ministry", "rescuers"). */
  private static final String SOURCE_NOUN = "(?:ministry|army|military|government|police|officials?|authorities"
      + "|agency|spokes(?:man|woman|person)|statement|monitor|observatory|witnesses|residents|activists|sources"
      + "|medics|doctors|rescuers)";
  private static final String COMMON_SOURCE = "(?:(?:[a-z]+\\s+){0,2}(?:" + SOURCE_NOUN
      + "|civil defen[cs]e|health ministry))";
  /** Words a source may put between itself and its verb ("has said"). */
  private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "also", "later");
  private static final String SOURCE = "(?:the\\s+)?(" + NamePattern.NAME + "(?:\\s+" + COMMON_SOURCE + ")?"
      + "|" + COMMON_SOURCE + ")";

  private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+" + SOURCE);
  private static final Pattern SOURCE_VERB =
      Pattern.compile(SOURCE + "\\s+(?:(?:" + String.join("|", AUXILIARY) + ")\\s+)?" + VERB + "\\b");
  private static final Pattern VERB_SOURCE =
      Pattern.compile("[,\"”]\\s*" + VERB + "\\s+(?:the\\s+)?(" + NamePattern.NAME + "|" + COMMON_SOURCE + ")");
  private static final Pattern COMMON_SOURCE_END = Pattern.compile("(?:" + SOURCE_NOUN + "|defen[cs]e)$");
  private static final Pattern CAPITALISED_PART = Pattern.compile("(?:^|[.'’-])\\p{Lu}");
  private static final Pattern A_VERB = Pattern.compile("\\b" + VERB + "\\b");
  /** How far before its verb a credited source may begin; names longer than this are not sources. */
  private static final int SOURCE_REACH = 160;
  private static final Pattern TOLD_OUTLET =
      Pattern.compile("\\b(?:sources|officials|witnesses|residents|he|she|they)\\s+told\\s+(?:the\\s+)?("
          + NamePattern.NAME + ")");

  /** Every credited source in the sentence, in order of position. */
  public List<Attribution> find(String sentence) {
    List<Attribution> out = new ArrayList<>();
    if (sentence.contains("told")) {
      collect(TOLD_OUTLET, sentence, 0, sentence.length(), true, out);
    }
    collect(ACCORDING_TO, sentence, 0, sentence.length(), false, out);
    // The other two forms hold a verb of saying: each is tried only at such a verb, and only where the word before
    // it could end a source, as a search at every position of every sentence took a third of the digest's time
    List<int[]> verbs = new ArrayList<>();
    Matcher verb = A_VERB.matcher(sentence);
    while (verb.find()) {
      verbs.add(new int[] {verb.start(), verb.end()});
    }
    int from = 0;
    for (int[] v : verbs) {
      if (couldEndSource(previousWord(sentence, v[0]))) {
        sourceBefore(sentence, Math.max(from, v[0] - SOURCE_REACH), v[1], out);
      }
      from = v[1];
    }
    for (int[] v : verbs) {
      int mark = skipSpaceBack(sentence, v[0]) - 1;
      if (mark >= 0 && ",\"”".indexOf(sentence.charAt(mark)) >= 0) {
        collect(VERB_SOURCE, sentence, mark, Math.min(sentence.length(), v[1] + SOURCE_REACH), false, out);
      }
    }
    out.sort(Comparator.comparingInt(Attribution::position));
    return out;
  }

  /** The source credited nearest to {@code offset}: the closest before it, else the closest after it. */
  public Optional<String> nearest(String sentence, int offset) {
    List<Attribution> all = find(sentence);
    Attribution before = null;
    Attribution after = null;
    for (Attribution a : all) {
      if (a.position() <= offset) {
        before = a;
      } else if (after == null) {
        after = a;
      }
    }
    Attribution pick = before != null ? before : after;
    return Optional.ofNullable(pick).map(Attribution::source);
  }

  /** The leftmost source that ends at the verb ending at {@code end}, tried from each word start in the window. */
  private static void sourceBefore(String sentence, int start, int end, List<Attribution> out) {
    Matcher m = SOURCE_VERB.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = start; i < end; i++) {
      if (i > 0 && Character.isLetterOrDigit(sentence.charAt(i - 1)) || Character.isWhitespace(sentence.charAt(i))) {
        continue;
      }
      m.region(i, end);
      if (m.lookingAt()) {
        add(m, false, out);
        return;
      }
    }
  }

  /** The word before {@code at}, passing over the auxiliaries a source may put before its verb ("has said"). */
  private static String previousWord(String sentence, int at) {
    int end = skipSpaceBack(sentence, at);
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(sentence.charAt(start - 1))
        || "'’.-".indexOf(sentence.charAt(start - 1)) >= 0)) {
      start--;
    }
    String word = sentence.substring(start, end);
    return AUXILIARY.contains(word) && start > 0 ? previousWord(sentence, start) : word;
  }

  private static int skipSpaceBack(String sentence, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(sentence.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** A source ends in a capitalised word ("out....Obama", "DailyMail.com"), a hyphenated one or in one of the common sources' nouns ("the ministry"). */
  private static boolean couldEndSource(String word) {
    return CAPITALISED_PART.matcher(word).find() || word.contains("-") || COMMON_SOURCE_END.matcher(word).find();
  }

  private static void collect(Pattern p, String sentence, int start, int end, boolean relayed,
      List<Attribution> out) {
    Matcher m = p.matcher(sentence).region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      add(m, relayed, out);
    }
  }

  private static void add(Matcher m, boolean relayed, List<Attribution> out) {
    String source = clean(m.group(1));
    if (source.isEmpty() || NamePattern.isNotAName(source)) {
      return;
    }
    boolean dup = out.stream().anyMatch(a -> a.source().equals(source) && Math.abs(a.position() - m.start()) < 40);
    if (!dup) {
      out.add(new Attribution(source, m.start(), relayed));
    }
  }

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  /** Without a leading "the", a clause opener glued to the name ("Meanwhile Reuters"), or trailing punctuation. */
  private static String clean(String source) {
    String s = source.strip();
    int space;
    while ((space = s.indexOf(' ')) > 0 && (NamePattern.isNotAName(s.substring(0, space))
        || s.substring(0, space).equalsIgnoreCase("the"))) {
      s = s.substring(space + 1).strip();
    }
    return POSSESSIVE.matcher(TRAILING_PUNCTUATION.matcher(s).replaceAll("")).replaceAll("");
  }
}
