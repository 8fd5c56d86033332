package io.newsdesk.core.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementNamesTest {

  @Test
  void splitsNamesIntoWords() {
    List<String> words = new ArrayList<>();
    ElementNames.split("RelatedStories__list-2 share_bar", words);
    assertEquals(List.of("related", "stories", "list", "share", "bar"), words);
  }

  @Test
  void knowsJunkBoxesByWordsNotSubstrings() {
    assertTrue(junk("<div class=\"related-links\">"));
    assertTrue(junk("<div id=\"comments\">"));
    assertTrue(junk("<div class=\"site-footer\">"));
    assertFalse(junk("<div class=\"shadow\">"), "\"shadow\" is not \"ad\"");
    assertFalse(junk("<div class=\"commentary\">"), "an opinion piece is not a comment box");
    assertFalse(junk("<div class=\"article-header\">"), "a weak junk word beside an article word");
    assertTrue(junk("<div class=\"article-comments\">"), "a strong junk word wins");
  }

  private static boolean junk(String tag) {
    Element e = Jsoup.parseBodyFragment(tag + "x</div>").body().child(0);
    return ElementNames.of(e).junk();
  }
}
