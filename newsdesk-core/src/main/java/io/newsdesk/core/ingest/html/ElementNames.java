package io.newsdesk.core.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Page authors name their boxes: "related-stories", "comments",
 * "article-body". Names are split into words ("RelatedStories" and "related_stories" both give "related",
 * "stories") and the words looked up, so that "shadow" is never read as "ad" nor "commentary" as "comment".
 */
final class ElementNames {

  /** Words naming boxes that are never the article's own text, whatever else the name says. */
  private static final Set<String> STRONG_JUNK = Set.of(
      "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp", "taboola",
      "outbrain", "sponsor", "sponsored", "promo", "promotion", "promoted",
      "comment", "comments", "disqus", "replies",
      "share", "sharing", "sharebar", "addthis", "sharethis",
      "related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular", "mostread",
      "readmore", "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
      "cookie", "cookies", "consent", "gdpr", "popup", "modal", "breadcrumb", "breadcrumbs", "pagination", "pager");

  /**
   * Words naming boxes around the article rather than in it, unless the name also says it holds the article
   * ("article-header" is the headline box, "header" the site's).
   */
  private static final Set<String> WEAK_JUNK = Set.of(
      "social", "teaser", "teasers", "banner", "overlay", "toast", "alert", "sidebar", "sidebars", "rail", "widget",
      "widgets", "aside", "complementary", "nav", "navbar", "navigation", "menu", "skip", "footer", "masthead",
      "topbar", "toolbar", "header", "caption", "captions", "credit", "credits", "figcaption", "copyright",
      "byline", "bylines", "author", "authors", "dateline", "timestamp", "meta", "metadata", "tags", "tag",
      "keywords", "topics", "categories", "print", "email", "bio", "hidden", "visuallyhidden", "sr");

  /** Words naming the box that holds the article. */
  private static final Set<String> CONTENT = Set.of("article", "articlebody", "body", "content", "entry", "main",
      "post", "story", "storybody", "text", "embed");

  private final List<String> words;

  private ElementNames(List<String> words) {
    this.words = words;
  }

  static ElementNames of(Element e) {
    List<String> words = new ArrayList<>();
    split(e.className(), words);
    split(e.id(), words);
    return new ElementNames(words);
  }

  /** True when the class or id names a kind of box that holds no article text. */
  boolean junk() {
    boolean weak = false;
    boolean content = false;
    for (String w : words) {
      if (STRONG_JUNK.contains(w)) {
        return true;
      }
      weak |= WEAK_JUNK.contains(w);
      content |= CONTENT.contains(w);
    }
    return weak && !content;
  }

  boolean has(String word) {
    return words.contains(word);
  }

  /** Splits "RelatedStories__list-2" into "related", "stories", "list". */
  static void split(String name, List<String> into) {
    int n = name.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? name.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      boolean wordBreak = !letter
          || start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
      if (wordBreak && start >= 0) {
        into.add(name.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
    }
  }
}
