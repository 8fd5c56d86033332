package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.AttributionFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures an article reports: a number, its unit, a qualifier such as "more than", what it counts
 * (the words after it) and who claims it (the source the sentence credits nearest to it). Years, dates,
 * times and numbers inside names are not figures.
 */
public final class FigureExtractor {

  private static final Map<String, Double> WORD_NUMBERS = Map.ofEntries(
      Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
      Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
      Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("dozens", 24.0),
      Map.entry("hundreds", 200.0), Map.entry("thousands", 2000.0), Map.entry("tens of thousands", 20000.0),
      Map.entry("hundreds of thousands", 200000.0), Map.entry("millions", 2000000.0));

  private static final Pattern FIGURE = Pattern.compile(
      "(?<![\\p{L}\\d\\-/:.,$€£])(?:(?<qual>more than|over|at least|about|around|approximately|nearly|almost"
          + "|up to|some|roughly|fewer than|less than|as many as|an estimated|close to)\\s+)?"
          + "(?<cur>[$€£])?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
          + "|(?i:tens of thousands|hundreds of thousands|two|three|four|five|six|seven|eight|nine|ten|eleven"
          + "|twelve|dozens|hundreds|thousands|millions)(?![\\p{L}-]))"
          + "(?:\\s*(?<mult>million|billion|trillion|thousand|bn)\\b)?"
          + "(?:\\s*(?<unit>percent|per cent|%|km|kilometres|kilometers|miles|kg|tonnes|tons|dollars|euros))?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern MAGNITUDE_BEFORE = Pattern.compile("(?i)\\bmagnitude(?:\\s+(?:at|of))?\\s+$");
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?i).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$");
  private static final Set<String> WHAT_STOPS = Set.of("and", "but", "since", "after", "before", "in", "on",
      "at", "as", "which", "who", "that", "while", "when", "with", "by", "from", "for", "than", "because",
      "including", "or", "amid", "during", "until", "across", "near", "under");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this",
      "these", "those", "our");
  private static final int MAX_WHAT_WORDS = 5;
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\\p{L}'’-]+)");

  private final AttributionFinder attributions;

  public FigureExtractor(AttributionFinder attributions) {
    this.attributions = attributions;
  }

  public List<Figure> extract(Document doc) {
    List<Figure> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      extract(s.text(), doc.id(), out);
    }
    return out;
  }

  void extract(String sentence, String articleId, List<Figure> out) {
    Matcher m = FIGURE.matcher(sentence);
    while (m.find()) {
      String num = m.group("num");
      String mult = m.group("mult");
      String unit = unit(m.group("unit"), m.group("cur"));
      if (unit == null && MAGNITUDE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()) {
        unit = "magnitude"; // "a magnitude 5.9 earthquake", "put the magnitude at 5.7"
      }
      boolean digits = Character.isDigit(num.charAt(0));
      if (digits && isYearOrDate(sentence, m, num, mult, unit)) {
        continue;
      }
      String what = what(sentence.substring(m.end()), !digits);
      if (what.isEmpty() && unit == null) {
        continue; // a bare number says nothing on its own
      }
      if (!digits && what.isEmpty()) {
        continue;
      }
      double number = digits ? Double.parseDouble(num.replace(",", "")) : WORD_NUMBERS.get(num.toLowerCase(Locale.ROOT));
      number *= multiplier(mult);
      String value = (m.group("cur") == null ? "" : m.group("cur")) + num + (mult == null ? "" : " " + mult);
      String qualifier = m.group("qual") == null ? null : m.group("qual").toLowerCase(Locale.ROOT);
      String claimedBy = attributions.nearest(sentence, m.start()).orElse(null);
      out.add(new Figure(value, number, unit, qualifier, what, claimedBy, sentence, List.of(articleId)));
    }
  }

  private static boolean isYearOrDate(String sentence, Matcher m, String num, String mult, String unit) {
    if (mult != null || unit != null) {
      return false;
    }
    if (num.matches("(1[89]|20)\\d\\d")) {
      return true; // a year
    }
    String before = sentence.substring(0, m.start());
    String after = sentence.substring(m.end());
    return MONTH_BEFORE.matcher(before).matches()
        || after.matches("(?i)^\\s*(st|nd|rd|th|a\\.m|p\\.m|am|pm|gmt|utc|o'clock)\\b.*")
        || after.matches("(?s)^\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*");
  }

  /**
   * What a figure counts: the words after it up to a clause boundary, at most five; "hundreds of troops"
   * counts troops, and an article after the counted noun ends the phrase ("people to flee the country").
   */
  private static String what(String after, boolean vague) {
    List<String> words = new ArrayList<>();
    Matcher w = NEXT_WORD.matcher(after);
    int pos = 0;
    boolean content = false;
    while (words.size() < MAX_WHAT_WORDS) {
      w.region(pos, after.length());
      if (!w.find()) {
        break;
      }
      String word = w.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      pos = w.end();
      if (WHAT_STOPS.contains(lower) || content && DETERMINERS.contains(lower)) {
        break;
      }
      if (vague && words.isEmpty() && lower.equals("of")) {
        continue;
      }
      words.add(word);
      content |= !lower.equals("of") && !DETERMINERS.contains(lower);
    }
    return String.join(" ", words);
  }

  private static String unit(String unit, String currency) {
    if (currency != null) {
      return switch (currency) {
        case "$" -> "USD";
        case "€" -> "EUR";
        default -> "GBP";
      };
    }
    if (unit == null) {
      return null;
    }
    String u = unit.toLowerCase(Locale.ROOT);
    return switch (u) {
      case "%", "per cent", "percent" -> "percent";
      case "kilometres", "kilometers" -> "km";
      case "dollars" -> "USD";
      case "euros" -> "EUR";
      case "tons" -> "tonnes";
      default -> u;
    };
  }

  private static double multiplier(String mult) {
    if (mult == null) {
      return 1;
    }
    return switch (mult.toLowerCase(Locale.ROOT)) {
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion", "bn" -> 1e9;
      default -> 1e12;
    };
  }
}
