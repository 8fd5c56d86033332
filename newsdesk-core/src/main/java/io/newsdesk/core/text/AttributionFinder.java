package io.newsdesk.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the sources a sentence credits, so that figures, quotes and passages can be traced to them. */
public final class AttributionFinder {

  private static final String VERB = "(?:said|says|say|reported|reports|report|told|announced|announces|stated"
      + "|states|claimed|claims|confirmed|confirms|estimated|estimates|added|warned|noted|wrote|writes|tweeted"
      + "|read)";
  private static final String COMMON_SOURCE = "(?:(?:[a-z]+\\s+){0,2}(?:ministry|army|military|government|police"
      + "|officials?|authorities|agency|spokes(?:man|woman|person)|statement|monitor|observatory|witnesses"
      + "|residents|activists|sources|medics|doctors|rescuers|civil defen[cs]e|health ministry))";
  private static final String SOURCE = "(?:the\\s+)?(" + NamePattern.NAME + "(?:\\s+" + COMMON_SOURCE + ")?"
      + "|" + COMMON_SOURCE + ")";

  private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+" + SOURCE);
  private static final Pattern SOURCE_VERB =
      Pattern.compile(SOURCE + "\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|later\\s+)?" + VERB + "\\b");
  private static final Pattern VERB_SOURCE =
      Pattern.compile("[,\"”]\\s*" + VERB + "\\s+(?:the\\s+)?(" + NamePattern.NAME + "|" + COMMON_SOURCE + ")");
  private static final Pattern TOLD_OUTLET =
      Pattern.compile("\\b(?:sources|officials|witnesses|residents|he|she|they)\\s+told\\s+(?:the\\s+)?("
          + NamePattern.NAME + ")");

  /** Every credited source in the sentence, in order of position. */
  public List<Attribution> find(String sentence) {
    List<Attribution> out = new ArrayList<>();
    collect(TOLD_OUTLET, sentence, true, out);
    collect(ACCORDING_TO, sentence, false, out);
    collect(SOURCE_VERB, sentence, false, out);
    collect(VERB_SOURCE, sentence, false, out);
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

  private static void collect(Pattern p, String sentence, boolean relayed, List<Attribution> out) {
    Matcher m = p.matcher(sentence);
    while (m.find()) {
      String source = clean(m.group(1));
      if (source.isEmpty() || NamePattern.isNotAName(source)) {
        continue;
      }
      boolean dup = out.stream().anyMatch(a -> a.source().equals(source) && Math.abs(a.position() - m.start()) < 40);
      if (!dup) {
        out.add(new Attribution(source, m.start(), relayed));
      }
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
