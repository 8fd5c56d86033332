package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Quote;
import io.newsdesk.core.text.Attribution;
import io.newsdesk.core.text.AttributionFinder;
import io.newsdesk.core.text.NamePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations of four words or more and who said them. The speaker is the source credited next to the
 * quote; "he said" and "the statement read" stand for the last named source before it in the article.
 */
public final class QuoteExtractor {

  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”\\n]{12,}?)[\"”]");
  private static final Pattern AFFILIATION = Pattern.compile(
      ",\\s+(?:(?:a|an|the)\\s+)?[\\p{L} -]{2,40}?\\s+(?:for|of|at|with)\\s+(?:the\\s+)?([^,.;\"”]{3,60})");
  /** '..." said Hamza Oraibi' and '..." the minister said': the speaker right after the closing quote. */
  private static final Pattern SAID_NAME = Pattern.compile(
      "^[\\s,]*(?:said|says|added|told [\\p{L} ]{1,30}?|wrote|asked)\\s+(?:the\\s+)?(" + NamePattern.NAME + ")");
  private static final Pattern NAME_SAID = Pattern.compile(
      "^[\\s,]*(?:the\\s+)?(" + NamePattern.NAME + ")\\s+(?:has\\s+|had\\s+)?(?:said|says|added|told|wrote|asked)\\b");
  private static final Pattern PRONOUN_SAID = Pattern.compile(
      "^[\\s,]*(?:he|she|they|it|the (?:statement|spokesman|spokeswoman|ministry|official))\\s+"
          + "(?:said|says|added|told|wrote|asked|read)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLES = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Sgt|Lt)\\.?\\s+)+");
  private static final Set<String> STAND_INS = Set.of("he", "she", "it", "they", "statement", "spokesman",
      "spokeswoman", "spokesperson", "the statement", "ministry", "official");
  private static final int MIN_WORDS = 4;
  /** How far after a quote a credited source may stand and still be its speaker. */
  private static final int NEAR = 60;

  private final AttributionFinder attributions;

  public QuoteExtractor(AttributionFinder attributions) {
    this.attributions = attributions;
  }

  public List<Quote> extract(Document doc) {
    List<Quote> out = new ArrayList<>();
    String lastNamed = null;
    for (String line : doc.article().text().split("\n")) {
      Matcher m = QUOTED.matcher(line);
      int consumed = 0;
      while (m.find()) {
        String quote = m.group(1).strip().replaceAll("[,\\s]+$", "");
        // who is named before this quote, from the text since the last one, counts for "he said"
        lastNamed = lastNamedIn(line.substring(consumed, m.start()), lastNamed);
        if (quote.split("\\s+").length < MIN_WORDS) {
          consumed = m.end();
          continue;
        }
        String rest = clauseAfter(line, m.end());
        Speaker speaker = speaker(line.substring(consumed, m.start()), rest, lastNamed);
        out.add(new Quote(quote, speaker.name, speaker.affiliation, List.of(doc.id())));
        if (speaker.name != null && Character.isUpperCase(speaker.name.charAt(0))) {
          lastNamed = speaker.name;
        }
        consumed = m.end();
      }
      lastNamed = lastNamedIn(line.substring(consumed), lastNamed);
    }
    return out;
  }

  private record Speaker(String name, String affiliation) {}

  private Speaker speaker(String before, String after, String lastNamed) {
    Matcher direct = SAID_NAME.matcher(after);
    if (!direct.find()) {
      direct = NAME_SAID.matcher(after);
      if (!direct.find()) {
        direct = null;
      }
    }
    if (direct != null && !NamePattern.isNotAName(direct.group(1))) {
      String rest = after.substring(direct.end());
      Matcher a = AFFILIATION.matcher(rest);
      String affiliation = a.find() && a.start() == 0 ? a.group(1).strip() : null;
      return new Speaker(withoutTitle(direct.group(1)), affiliation);
    }
    if (PRONOUN_SAID.matcher(after).matches()) {
      return new Speaker(lastNamed, null);
    }
    Optional<Attribution> next = attributions.find(after).stream().findFirst();
    if (next.isPresent() && next.get().position() < NEAR) {
      return new Speaker(resolve(next.get().source(), lastNamed), null);
    }
    String tail = before.length() > 200 ? before.substring(before.length() - 200) : before;
    Optional<Attribution> prev = attributions.find(tail).stream().reduce((a, b) -> b);
    if (prev.isPresent() && tail.strip().matches("(?s).*[:,]$")) {
      return new Speaker(resolve(prev.get().source(), lastNamed), null); // 'X said: "..."'
    }
    return new Speaker(null, null);
  }

  /** A stand-in such as "the statement" is the last named source; a name loses its title ("Dr."). */
  private static String resolve(String source, String lastNamed) {
    if (STAND_INS.contains(source.toLowerCase(java.util.Locale.ROOT))) {
      return lastNamed;
    }
    return withoutTitle(source);
  }

  /** "Dr. Nabil al-Sharjabi" is Nabil al-Sharjabi; "Inspector Abdul Karim of the Ghazipur" is Abdul Karim. */
  private static String withoutTitle(String name) {
    String n = TITLES.matcher(name).replaceFirst("");
    String[] words = n.split("\\s+");
    int first = 0;
    while (first < words.length - 1 && Names.PERSON_TITLES.contains(words[first])) {
      first++;
    }
    n = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    int of = n.indexOf(" of ");
    if (of > 0 && java.util.Arrays.stream(n.substring(0, of).split(" ")).noneMatch(Names.ORG_WORDS::contains)) {
      n = n.substring(0, of);
    }
    return n.isEmpty() ? name : n;
  }

  /** The last capitalised source credited in a stretch of text, or {@code previous} when none is. */
  private String lastNamedIn(String text, String previous) {
    String named = previous;
    for (Attribution a : attributions.find(text)) {
      if (Character.isUpperCase(a.source().charAt(0)) && !a.relayed()) {
        named = a.source();
      }
    }
    return named;
  }

  private static final int AFTER_WINDOW = 160;

  /** What follows a closing quote on its line, up to the next quote, long enough to hold "said Dr. J. R. Smith". */
  private static String clauseAfter(String line, int from) {
    int end = Math.min(line.length(), from + AFTER_WINDOW);
    for (int i = from; i < end; i++) {
      char c = line.charAt(i);
      if (c == '"' || c == '“') {
        end = i;
        break;
      }
    }
    return line.substring(from, end);
  }
}
