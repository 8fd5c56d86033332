package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Quote;
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
      ",\\s+(?:a|an|the)\\s+[\\p{L} -]{2,40}?\\s+(?:for|of|at|with)\\s+(?:the\\s+)?([^,.;\"”]{3,60})");
  private static final Set<String> STAND_INS = Set.of("he", "she", "it", "they", "statement", "spokesman",
      "spokeswoman", "spokesperson", "the statement", "ministry", "official");
  private static final int MIN_WORDS = 4;

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
        if (speaker.name != null) {
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
    Optional<Attribution> next = attributions.find(after).stream().findFirst();
    Optional<Attribution> prev = attributions.find(before.length() > 200 ? before.substring(before.length() - 200) : before)
        .stream().reduce((a, b) -> b);
    Attribution pick = next.orElse(null);
    if (pick == null && prev.isPresent() && before.strip().matches("(?s).*[:,]$")) {
      pick = prev.get(); // 'X said: "..."'
    }
    if (pick == null && after.matches("(?i)^[\\s,]*(he|she|it|they)\\s+(said|says|added|told).*")) {
      return new Speaker(lastNamed, null);
    }
    if (pick == null) {
      return new Speaker(null, null);
    }
    String name = pick.source();
    if (STAND_INS.contains(name.toLowerCase(java.util.Locale.ROOT)) || Character.isLowerCase(name.charAt(0))
        && lastNamed != null && name.matches("(?i)(the )?(statement|spokes\\w+)")) {
      name = lastNamed;
    }
    String affiliation = null;
    Matcher a = AFFILIATION.matcher(after);
    if (a.find() && pick == next.orElse(null)) {
      affiliation = a.group(1).strip();
    }
    return new Speaker(name, affiliation);
  }

  /** The last capitalised source credited in a stretch of text, or {@code previous} when none is. */
  private String lastNamedIn(String text, String previous) {
    String named = previous;
    for (Attribution a : attributions.find(text)) {
      if (Character.isUpperCase(a.source().charAt(0))) {
        named = a.source();
      }
    }
    return named;
  }

  /** The rest of the sentence after a closing quote. */
  private static String clauseAfter(String line, int from) {
    int end = from;
    while (end < line.length()) {
      char c = line.charAt(end);
      if ((c == '.' || c == '!' || c == '?') && (end + 1 >= line.length() || line.charAt(end + 1) == ' ')) {
        break;
      }
      if (c == '"' || c == '“') {
        break;
      }
      end++;
    }
    return line.substring(from, end);
  }
}
