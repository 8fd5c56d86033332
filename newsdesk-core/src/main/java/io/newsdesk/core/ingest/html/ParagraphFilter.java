package io.newsdesk.core.ingest.html;

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
      "(?i)^(advertisement|advertisements|sponsored( content)?|ad|story continues( below)?( advertisement)?"
          + "|continue reading( below)?|read more|read more:.*|related:.*|see also:?.*|share( this)?( article| story)?"
          + "|share on .*|follow us.*|sign up.*|subscribe.*|click here.*|loading\\.*|comments?|\\d+ comments?"
          + "|print|email|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit"
          + "|image:.*|photo:.*|photograph:.*|video:.*|watch:.*|listen:.*"
          + "|all rights reserved.*|copyright .*|© .*)$");

  private static final int SHORT = 120;

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
    if (b.linkDensity() >= ContentFinder.CLUTTER_LINK_DENSITY) {
      return true;
    }
    return text.length() < SHORT && FURNITURE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
  }
}
