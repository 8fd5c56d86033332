package io.newsdesk.core.ingest.html;

import io.newsdesk.core.ingest.PublicationDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops, inside the article's box, the paragraphs that are not the article: link lists, the headline, and
 * the short lines sites put around and between paragraphs ("Advertisement", "Read more", "Share this").
 */
final class ParagraphFilter {

  /** Short lines that are page furniture wherever they appear. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^(advertisement|advertisements|advert|sponsored( content)?|ad|story continues( below)?( advertisement)?"
          + "|continue reading( below)?|read more|read more:.*|related:.*|see also:?.*|share( this)?( article| story)?"
          + "|share on .*|follow us.*|sign up.*|subscribe.*|click here.*|loading\\.*|comments?|\\d+ comments?"
          + "|print|email|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit"
          + "|image:.*|photo:.*|photograph:.*|video:.*|watch:.*|listen:.*|(image|photo|slide) \\d+ of \\d+"
          + "|.*(requires|enable|turn on) javascript.*"
          + "|leggi anche|lire aussi|lesen sie auch|leia também|lea también|lees ook|czytaj też|читайте также"
          + "|all rights reserved.*|copyright .*|© .*)$");

  /** Dates and times as bylines and teasers write them, to see whether a short line is little else. */
  private static final Pattern DATE_OR_TIME = Pattern.compile("(?i)\\b(?:\\d{1,4}[-/.:]\\d{1,2}(?:[-/.:]\\d{1,4})?"
      + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
      + "|\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,4}(?:st|nd|rd|th)?|[ap]\\.?m\\.?|utc|gmt|[ecmp][sd]t|updated|published|posted|on|at)\\b");
  private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(?!\\d)");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  /** Prompts to subscribe, wherever they sit in a short paragraph: "Get it in your inbox. Subscribe to ...". */
  private static final Pattern PROMPT = Pattern.compile("(?i)\\b(subscribe (to|now|for|today)|sign up (for|to|now|"
      + "today)|newsletters?\\b|in your inbox|download (our|the) app|click here)");
  /** A WordPress shortcode the site forgot to expand: "[button link=...] Send us your review[/button]". */
  private static final Pattern SHORTCODE = Pattern.compile("^\\[\\w+[^\\]]*\\].*\\[/\\w+\\]$");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
  /** The author's contact line: an e-mail address beside "follow", "reached" or a social network. */
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final Pattern CONTACT = Pattern.compile("(?i)\\b(follow|reached|contact|twitter|facebook|email)\\b");
  private static final int PROMPT_MAX = 200;

  // Set on the whole extraction benchmark before it was split (see ContentFinder): change on dev pages only.
  private static final int SHORT = 120;
  /** A paragraph this much made of links is a link list, not the article. */
  static final double CLUTTER_LINK_DENSITY = 0.5;
  private static final int LINKED_PARAGRAPH_PLAIN_CHARS = 80;

  private ParagraphFilter() {}

  static List<Block> keep(List<Block> blocks) {
    List<Block> kept = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (!isClutter(b)) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static boolean isClutter(Block b) {
    String text = b.text();
    if (b.owner().normalName().equals("h1")) {
      return true;
    }
    if (b.linkDensity() >= CLUTTER_LINK_DENSITY && text.length() - b.linkChars() < LINKED_PARAGRAPH_PLAIN_CHARS) {
      return true; // a link list; a paragraph whose first sentence is a link still has sentences of its own
    }
    if (!LETTER_OR_DIGIT.matcher(text).find() || SHORTCODE.matcher(text).matches()) {
      return true; // rules such as "______", and markup the site left unexpanded
    }
    if (text.length() < SHORT && text.contains("©")) {
      return true; // picture credits and copyright lines
    }
    if (text.length() < PROMPT_MAX && (PROMPT.matcher(text).find()
        || EMAIL.matcher(text).find() && CONTACT.matcher(text).find())) {
      return true;
    }
    return text.length() < SHORT && (FURNITURE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches()
        || b.kind() != Block.Kind.QUOTE && isDateLine(text));
  }

  /** "| November 18, 2019 12:26 PM", "Marcus De Guzman 2019-11-20 17:27:46": a date with at most a name. */
  static boolean isDateLine(String text) {
    if (text.length() >= 80 || PublicationDates.findDate(text).isEmpty() && !CLOCK_TIME.matcher(text).find()) {
      return false;
    }
    String rest = DATE_OR_TIME.matcher(text).replaceAll(" ");
    int words = 0;
    for (var m = WORD.matcher(rest); m.find(); ) {
      words++;
    }
    return words <= 3;
  }
}
