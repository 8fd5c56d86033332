package io.newsdesk.core.ingest.html;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * One paragraph of a page as a reader sees it: the inline text of a block-level element, or a run of it between
 * nested blocks or double line breaks.
 *
 * @param text      the text, white space collapsed (line breaks kept where the page had {@code <br>})
 * @param owner     the innermost block-level element that holds the text
 * @param linkChars how many of its characters are inside links
 * @param kind      what sort of block it is
 */
record Block(String text, Element owner, int linkChars, Kind kind) {

  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, ROW }

  Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    if (linkChars < 0) {
      throw new IllegalArgumentException("linkChars must not be negative: " + linkChars);
    }
  }

  /** Share of the text inside links, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }
}
