package io.newsdesk.core.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the box that holds the article in a cleaned page body and keeps its paragraphs.
 *
 * <p>Each paragraph counts for the boxes around it: prose (long, few links) for, link lists and boilerplate
 * against. The article's box is the one with the best balance; a larger box wins only when the prose it adds
 * outweighs the clutter, so the article split around an advertisement is kept whole while the page around it
 * is left out. Inside the box, paragraphs that read as clutter are dropped one by one.
 */
final class ContentFinder {

  /** A paragraph this long with few links reads as prose. */
  static final int PROSE_CHARS = 80;
  static final double PROSE_MAX_LINK_DENSITY = 0.3;
  /** A paragraph mostly made of links is a link list, not prose. */
  static final double CLUTTER_LINK_DENSITY = 0.5;
  /** How much one character of clutter takes away from a box. */
  static final double CLUTTER_WEIGHT = 0.5;

  private ContentFinder() {}

  /** The article's paragraphs, in reading order; empty when the page holds no prose at all. */
  static List<Block> articleBlocks(Element body) {
    List<Block> blocks = BlockText.blocks(body);
    Element box = bestBox(body, blocks);
    List<Block> inBox = new ArrayList<>();
    for (Block b : blocks) {
      if (isInside(b.owner(), box)) {
        inBox.add(b);
      }
    }
    return ParagraphFilter.keep(inBox);
  }

  private static Element bestBox(Element body, List<Block> blocks) {
    Map<Element, double[]> scores = new HashMap<>();
    for (Block b : blocks) {
      double value = value(b);
      if (value == 0) {
        continue;
      }
      for (Element e = b.owner(); e != null; e = e.parent()) {
        scores.computeIfAbsent(e, k -> new double[1])[0] += value;
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    // Document order visits a box before the boxes inside it; ">=" lets an inner box with the same balance win,
    // since the outer one adds nothing but its own edges.
    for (Element e : body.getAllElements()) {
      double[] s = scores.get(e);
      if (s != null && s[0] >= bestScore) {
        best = e;
        bestScore = s[0];
      }
    }
    return best;
  }

  /** What a paragraph is worth to the boxes around it: its length for prose, less for clutter, 0 otherwise. */
  private static double value(Block b) {
    int length = b.text().length();
    double links = b.linkDensity();
    if (b.kind() == Block.Kind.HEADING) {
      return 0;
    }
    if (links >= CLUTTER_LINK_DENSITY) {
      return -CLUTTER_WEIGHT * length;
    }
    if (length >= PROSE_CHARS && links <= PROSE_MAX_LINK_DENSITY) {
      return length;
    }
    return 0;
  }

  private static boolean isInside(Element e, Element box) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == box) {
        return true;
      }
    }
    return false;
  }
}
