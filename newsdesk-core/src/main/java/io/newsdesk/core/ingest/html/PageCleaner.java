package io.newsdesk.core.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes from a page body what is never article text: code, media, forms, hidden boxes, and the boxes whose
 * tag, role or name says they are navigation, comments, sharing, related links and the like. A box that holds
 * most of the page's prose is kept whatever its name: "page has-sidebar" wraps the article too.
 */
final class PageCleaner {

  /** Never text a reader sees. */
  private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg",
      "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "map", "button", "select",
      "input", "textarea", "option", "link", "meta", "base", "head", "title", "img", "picture", "math", "dialog");

  /** Page furniture by its tag. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "figcaption",
      "menu", "form");

  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "note");

  // Set on the whole extraction benchmark before it was split (see ContentFinder): change on dev pages only.
  /**
   * A box holding this share of the page's prose, and the headline or an article element, is the article's or
   * holds it; so is a box holding the larger share alone.
   */
  private static final double KEEP_SHARE_WITH_HEADLINE = 0.5;
  private static final double KEEP_SHARE = 0.8;

  private PageCleaner() {}

  /** Removes what is never text a reader sees, and the page's furniture. */
  static void clean(Element body) {
    removeInvisible(body);
    Prose prose = new Prose(BlockText.blocks(body));
    List<Element> furniture = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e != body && isFurniture(e)) {
          furniture.add(e);
        }
      }
    }, body);
    for (Element e : furniture) {
      // Nested furniture goes with its outer box; an outer box kept for its prose may still lose inner boxes.
      if (e.parent() != null && !holdsArticle(e, prose)) {
        e.remove();
      }
    }
  }

  private static boolean holdsArticle(Element e, Prose prose) {
    return prose.holdsMostOf(e, KEEP_SHARE) || prose.holdsMostOf(e, KEEP_SHARE_WITH_HEADLINE)
        && e.selectFirst("h1, article, main, [itemprop=articleBody]") != null;
  }

  /** Removes code, media, form controls, comments and boxes hidden by attribute or style. */
  static void removeInvisible(Element body) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
        } else if (node instanceof Element e && e != body && (INVISIBLE_TAGS.contains(e.normalName()) || hidden(e))) {
          doomed.add(e);
        }
      }
    }, body);
    for (Node n : doomed) {
      if (n.parent() != null) {
        n.remove();
      }
    }
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  private static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    if (FURNITURE_TAGS.contains(tag)) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return ElementNames.of(e).junk();
  }

  /** How much of a page's prose each box holds, prose as {@link ContentFinder#value(Block)} weighs it. */
  private static final class Prose {
    private final Map<Element, Double> byBox = new HashMap<>();
    private final double total;

    Prose(List<Block> blocks) {
      double sum = 0;
      for (Block b : blocks) {
        double v = ContentFinder.value(b);
        if (v <= 0) {
          continue;
        }
        sum += v;
        for (Element e = b.owner(); e != null; e = e.parent()) {
          byBox.merge(e, v, Double::sum);
        }
      }
      this.total = sum;
    }

    boolean holdsMostOf(Element e, double share) {
      return total > 0 && byBox.getOrDefault(e, 0.0) >= share * total;
    }
  }
}
