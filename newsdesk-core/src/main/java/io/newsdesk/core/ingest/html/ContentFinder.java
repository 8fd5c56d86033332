package io.newsdesk.core.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article's paragraphs in a cleaned page body.
 *
 * <p>An article is a run of prose paragraphs side by side in one box. Each paragraph's prose counts for the box
 * that holds it, half as much for the box around that, and little further out, so the box scoring best is the
 * one whose own children are the article, not a page-wide wrapper that merely contains it, and not a list of
 * teasers whose summaries are spread one per card. Boxes beside the best one join it when they read as more of
 * the same article (an article split around an advertisement). Inside, clutter paragraphs are dropped one by one
 * ({@link ParagraphFilter}).
 *
 * <p>Tuning: the constants of this class, {@link ParagraphFilter} and {@link PageCleaner} were set while reading the
 * whole article-extraction benchmark, before newsdesk's evaluations had a dev/test split (pages are now split by a
 * hash of their file name); its test figure is therefore no held-out figure, and on 990 pages of other sites the
 * extractor scored 0.894 F1. Change them only on the benchmark's dev pages.
 */
final class ContentFinder {

  /** Text outside links shorter than this says nothing either way about a box. */
  static final int SHORT_CHARS = 40;
  /** How much one character of link text takes away. */
  static final double LINK_WEIGHT = 0.5;
  /** How far out a paragraph's prose still counts for the boxes around it, and how much. */
  private static final double[] LEVEL_WEIGHTS = {1, 1.0 / 2, 1.0 / 6, 1.0 / 9, 1.0 / 12};
  /** A box beside the best one joins it when it scores at least this share of the best one. */
  static final double SIBLING_SHARE = 0.2;
  /** ... and its text is no more links than this. */
  static final double SIBLING_MAX_LINK_DENSITY = 0.25;

  /** How many levels up from the best box to look for boxes shaped like it. */
  private static final int MAX_ALIKE_LEVELS = 4;
  /** How many levels out from the best box single prose paragraphs still join it. */
  private static final int PARAGRAPH_SIBLING_LEVELS = 3;
  /** How many levels above a same-shaped part's path to search: parts may sit a level or two apart. */
  private static final int ALIKE_SEARCH_SLACK = 2;

  /** Elements that are a paragraph themselves: their prose counts for the box around them. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "tr", "li", "dd", "dt",
      "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "address", "caption", "figcaption", "summary");

  private ContentFinder() {}

  /** The article's paragraphs, in reading order; empty when the page holds no text at all. */
  static List<Block> articleBlocks(Element body) {
    List<Block> blocks = BlockText.blocks(body);
    Scores scores = new Scores(blocks);
    Element best = scores.best(body);
    if (best == null) {
      // No paragraph is long enough to tell the article's box from the rest: a short page is all article.
      return ParagraphFilter.keep(blocks);
    }
    if (best.normalName().equals("tbody") || best.normalName().equals("thead")) {
      best = best.parent(); // the table as a whole, so that the paragraphs beside it can join
    }
    Set<Element> boxes = scores.withSiblings(best);
    boxes.addAll(scores.alike(best));
    List<Block> chosen = new ArrayList<>();
    for (Block b : blocks) {
      if (isInsideAny(b.owner(), boxes)) {
        chosen.add(b);
      }
    }
    return ParagraphFilter.keep(chosen);
  }

  /**
   * What a paragraph is worth: its text outside links counts for, its link text against; a short line counts
   * for nothing unless it is a link, since short lines are as common around an article as in it.
   */
  static double value(Block b) {
    if (b.kind() == Block.Kind.HEADING) {
      return 0;
    }
    int links = b.linkChars();
    int plain = b.text().length() - links;
    // A table row is short but a table of them is content, unless it is a table of links.
    if (plain < SHORT_CHARS && b.kind() != Block.Kind.ROW) {
      return -LINK_WEIGHT * links;
    }
    return plain - LINK_WEIGHT * links;
  }

  /** Per box: prose credited with distance, and total and link characters for its link density. */
  private static final class Scores {
    private final Map<Element, Double> credit = new HashMap<>();
    private final Map<Element, int[]> chars = new HashMap<>();

    Scores(List<Block> blocks) {
      for (Block b : blocks) {
        for (Element e = b.owner(); e != null; e = e.parent()) {
          int[] c = chars.computeIfAbsent(e, k -> new int[2]);
          c[0] += b.text().length();
          c[1] += b.linkChars();
        }
        double v = value(b);
        if (v <= 0) {
          continue;
        }
        Element e = creditedBox(b.owner());
        for (int level = 0; e != null && level < LEVEL_WEIGHTS.length; level++, e = e.parent()) {
          credit.merge(e, v * LEVEL_WEIGHTS[level], Double::sum);
        }
      }
    }

    /**
     * The box a paragraph's prose counts for first: the box around a paragraph element, and around the list for
     * a list item, since a list in an article is part of the article's box.
     */
    private static Element creditedBox(Element owner) {
      if (!PARAGRAPH_TAGS.contains(owner.normalName())) {
        return owner;
      }
      Element box = owner.parent();
      if (owner.normalName().equals("li") && box != null
          && (box.normalName().equals("ul") || box.normalName().equals("ol"))) {
        return box.parent();
      }
      return box;
    }

    double score(Element e) {
      return credit.getOrDefault(e, 0.0) * (1 - linkDensity(e));
    }

    double linkDensity(Element e) {
      int[] c = chars.get(e);
      return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    /** The best-scoring box under {@code body} (or body itself), null when nothing scores. */
    Element best(Element body) {
      Element best = null;
      double bestScore = 0;
      // Document order, so that ties always go the same way.
      for (Element e : body.getAllElements()) {
        double s = credit.containsKey(e) ? score(e) : 0;
        if (s > bestScore) {
          best = e;
          bestScore = s;
        }
      }
      return best;
    }

    /**
     * The best box and those beside it that read as more of the same article: boxes that score well themselves,
     * and, a few levels further out, single paragraphs of prose (a lead paragraph set apart from the rest).
     */
    Set<Element> withSiblings(Element best) {
      Set<Element> boxes = new HashSet<>();
      boxes.add(best);
      double threshold = SIBLING_SHARE * score(best);
      Element inner = best;
      for (int level = 1; level <= PARAGRAPH_SIBLING_LEVELS; level++) {
        Element parent = inner.parent();
        if (parent == null || level > 1 && parent.normalName().equals("body")) {
          break;
        }
        for (Element sibling : parent.children()) {
          if (sibling == inner || linkDensity(sibling) > SIBLING_MAX_LINK_DENSITY) {
            continue;
          }
          if (level == 1 && bestInside(sibling) >= threshold || isProseParagraph(sibling)) {
            boxes.add(sibling);
          }
        }
        inner = parent;
      }
      return boxes;
    }

    /**
     * Boxes shaped like the best one: boxes of the same tag and classes, inside parents of the same tags and
     * classes, found under one of the best box's ancestors. Sites that cut an article into parts (one per
     * paragraph, or one between each two advertisements) build every part alike, though not always at the same
     * depth.
     */
    List<Element> alike(Element best) {
      List<Element> chain = new ArrayList<>(); // best and its ancestors below body, innermost first
      for (Element e = best; e != null && !e.normalName().equals("body"); e = e.parent()) {
        chain.add(e);
      }
      Set<Element> found = new LinkedHashSet<>();
      Map<Element, String> signatures = new HashMap<>();
      for (int length = 1; length <= Math.min(MAX_ALIKE_LEVELS, chain.size() - 1); length++) {
        List<Element> suffix = chain.subList(0, length);
        if (suffix.stream().allMatch(e -> e.className().isBlank())) {
          continue; // "div > div" alone says nothing: half the page is built so.
        }
        // Parts may sit a level or two apart (one inside a media box, one not), so look a little higher up.
        Element root = chain.get(Math.min(chain.size() - 1, length + ALIKE_SEARCH_SLACK));
        for (Element e : root.getAllElements()) {
          if (e != best && endsWith(e, suffix, signatures) && linkDensity(e) <= SIBLING_MAX_LINK_DENSITY
              && credit.containsKey(e)) {
            found.add(e);
          }
        }
      }
      return new ArrayList<>(found);
    }

    /** True when {@code e} and its ancestors have the signatures of {@code suffix}, innermost first. */
    private static boolean endsWith(Element e, List<Element> suffix, Map<Element, String> signatures) {
      Element p = e;
      for (Element s : suffix) {
        if (p == null || !signatures.computeIfAbsent(p, Scores::signature)
            .equals(signatures.computeIfAbsent(s, Scores::signature))) {
          return false;
        }
        p = p.parent();
      }
      return true;
    }

    private static String signature(Element e) {
      return e.normalName() + "." + String.join(".", new java.util.TreeSet<>(e.classNames()));
    }

    /** The best score of the sibling box or any box in it. */
    private double bestInside(Element box) {
      double best = score(box);
      for (Element e : box.getAllElements()) {
        best = Math.max(best, score(e));
      }
      return best;
    }

    /** A paragraph, or a box holding nothing but a paragraph's text, of prose. */
    private boolean isProseParagraph(Element e) {
      if (!e.normalName().equals("p")) {
        for (Element d : e.getAllElements()) {
          if (d != e && BlockText.isBlock(d)) {
            return false;
          }
        }
      }
      return e.text().length() >= SHORT_CHARS;
    }
  }

  private static boolean isInsideAny(Element e, Set<Element> boxes) {
    for (Element p = e; p != null; p = p.parent()) {
      if (boxes.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
