package io.newsdesk.core.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as a reader sees it: block-level elements become paragraphs, inline elements flow into their
 * paragraph, {@code <br>} breaks a line and two of them a paragraph. The result keeps, for each paragraph, the
 * element it came from, so that extraction can decide paragraph by paragraph what belongs to the article.
 */
public final class BlockText {

  /** Elements that start a new paragraph. Anything else (including unknown custom elements) is inline. */
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
      "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
      "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav",
      "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
      "noscript", "legend", "option", "frameset", "frame");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ ]*\\n[\\s]*");

  private BlockText() {}

  /** The text of an element, paragraphs separated by blank lines. */
  public static String of(Element root) {
    return join(blocks(root));
  }

  /**
   * The text of an HTML fragment, such as a feed item's content: paragraphs separated by blank lines, scripts,
   * styles and hidden parts left out.
   */
  public static String ofFragment(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    PageCleaner.removeInvisible(body);
    return of(body);
  }

  /** Joins paragraphs the way newsdesk stores article text: separated by blank lines. */
  static String join(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(b.text());
    }
    return out.toString();
  }

  /** The paragraphs of an element, in reading order, empty ones left out. */
  static List<Block> blocks(Element root) {
    Renderer r = new Renderer();
    r.render(root);
    return r.blocks;
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /**
   * Walks the tree (iteratively: pages nest deeply) keeping the open paragraph and the block element it belongs
   * to.
   */
  private static final class Renderer implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;

    void render(Element root) {
      NodeTraversor.traverse(this, root);
      flush();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          text.append('\n');
        } else if (isBlock(e)) {
          flush();
          owners.push(e);
        } else if (tag.equals("td") || tag.equals("th")) {
          separateCell();
        }
        linkDepth += tag.equals("a") ? 1 : 0;
        preDepth += tag.equals("pre") ? 1 : 0;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        linkDepth -= tag.equals("a") ? 1 : 0;
        preDepth -= tag.equals("pre") ? 1 : 0;
        if (isBlock(e)) {
          flush();
          owners.pop();
        } else if (tag.equals("td") || tag.equals("th")) {
          separateCell();
        }
      }
    }

    /** Cells of a row read as one line, a space between each two. */
    private void separateCell() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
    }

    /**
     * Appends a text node: invisible characters dropped and, outside {@code <pre>}, runs of white space made
     * one space, none at the start of a line. One pass over the characters, as pages are mostly text nodes.
     */
    void text(String raw) {
      boolean pre = preDepth > 0;
      int start = text.length();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (isInvisible(c)) {
          continue;
        }
        if (!pre && isSpace(c)) {
          int last = text.length() - 1;
          if (last >= 0 && text.charAt(last) != ' ' && text.charAt(last) != '\n') {
            text.append(' ');
          }
          continue;
        }
        text.append(c);
      }
      if (linkDepth > 0) {
        // Link text counts with its inner spaces, not the spaces around it.
        int from = start;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
        linkChars += to - from;
      }
    }

    private static boolean isInvisible(char c) {
      return c >= '\u200b' && c <= '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0'
          || c >= '\u2000' && c <= '\u200a' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    void flush() {
      if (owners.isEmpty() || text.length() == 0) {
        text.setLength(0);
        linkChars = 0;
        return;
      }
      Element owner = owners.peek();
      Block.Kind kind = kindOf(owner);
      String content = text.toString();
      if (kind == Block.Kind.PREFORMATTED) {
        add(content.strip(), owner, linkChars, kind);
      } else {
        String[] parts = PARAGRAPH_BREAK.split(content);
        // Where two line breaks split a run, its link characters are shared out by length: links are rarely
        // split across such breaks, and the share only feeds a density estimate.
        double perChar = (double) linkChars / Math.max(1, content.length());
        for (String part : parts) {
          add(tidyLines(part), owner, (int) Math.round(perChar * part.length()), kind);
        }
      }
      text.setLength(0);
      linkChars = 0;
    }

    private void add(String paragraph, Element owner, int links, Block.Kind kind) {
      if (!paragraph.isEmpty()) {
        blocks.add(new Block(paragraph, owner, Math.min(links, paragraph.length()), kind));
      }
    }

    private static String tidyLines(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (String line : s.split("\n")) {
        String l = line.strip();
        if (!l.isEmpty()) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(l);
        }
      }
      return out.toString();
    }

    private Block.Kind kindOf(Element owner) {
      String tag = owner.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
        return Block.Kind.HEADING;
      }
      if (tag.equals("pre") || preDepth > 0) {
        return Block.Kind.PREFORMATTED;
      }
      if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
        return Block.Kind.LIST_ITEM;
      }
      if (tag.equals("tr")) {
        return Block.Kind.ROW;
      }
      for (Element e : owners) {
        if (e.normalName().equals("blockquote")) {
          return Block.Kind.QUOTE;
        }
      }
      return Block.Kind.PARAGRAPH;
    }
  }
}
