package io.newsdesk.core.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockTextTest {

  @Test
  void separatesBlocksWithBlankLinesAndFlowsInlineText() {
    assertEquals("First paragraph with bold text.\n\nSecond one.\n\nA heading\n\nItem one\n\nItem two",
        text("<p>First paragraph with <b>bold</b>  text.</p><div>Second one.</div><h2>A heading</h2>"
            + "<ul><li>Item one</li><li>Item two</li></ul>"));
  }

  @Test
  void breaksLinesAtBrAndParagraphsAtTwoBr() {
    assertEquals("Line one\nline two\n\nNext paragraph", text("<div>Line one<br>line two<br><br>Next paragraph</div>"));
  }

  @Test
  void readsATableRowAsOneLine() {
    assertEquals("1 Kyle Busch 5040\n\n2 Martin Truex 5035",
        text("<table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
            + "<tr><td>2</td><td>Martin Truex</td><td>5035</td></tr></table>"));
  }

  @Test
  void keepsPreformattedText() {
    assertEquals("a  b\n  c", text("<pre>a  b\n  c</pre>"));
  }

  @Test
  void dropsInvisibleCharactersAndCollapsesSpaces() {
    assertEquals("soft hyphen and zero width", text("<p>soft hy\u00adphen \u00a0 and zero\u200b width</p>"));
  }

  @Test
  void countsLinkCharacters() {
    List<Block> blocks = BlockText.blocks(Jsoup.parse("<p>Read <a href=x>this story</a></p>").body());
    assertEquals(1, blocks.size());
    assertEquals(10, blocks.get(0).linkChars());
  }

  @Test
  void rendersFragmentsWithoutScripts() {
    assertEquals("Text\n\nMore", BlockText.ofFragment("<p>Text</p><script>var x;</script><p>More</p>"));
  }

  private static String text(String html) {
    return BlockText.of(Jsoup.parse(html).body());
  }
}
