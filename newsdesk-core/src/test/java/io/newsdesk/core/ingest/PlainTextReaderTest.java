package io.newsdesk.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  @Test
  void shortFirstLineBeforeABlankLineIsTheTitleAndTheDatelineGivesTheDate() throws Exception {
    Article a = PlainTextReader.parse("x.txt", "x.txt",
        "Port strike ends\n\nPosted July 09, 2018\n\nDockworkers went back to work.\n\nShips moved.");
    assertEquals("Port strike ends", a.title());
    assertEquals(Instant.parse("2018-07-09T00:00:00Z"), a.published());
    assertEquals("Dockworkers went back to work.\n\nShips moved.", a.text());
  }

  @Test
  void aLongFirstLineWithoutBlankLineIsText() throws Exception {
    String text = "Early on Friday the army took the crossing after a week of fighting in the south.\n"
        + "Rebels handed over their weapons.";
    Article a = PlainTextReader.parse("y.txt", "y.txt", text);
    assertNull(a.title());
    assertNull(a.published());
    assertEquals(text, a.text());
  }

  @Test
  void windowsLineEndingsAndOtherDatelineForms() throws Exception {
    Article a = PlainTextReader.parse("z.txt", "z.txt", "Title\r\n\r\n9 March 2025\r\nBody line.\r\n");
    assertEquals("Title", a.title());
    assertEquals(Instant.parse("2025-03-09T00:00:00Z"), a.published());
    assertEquals("Body line.", a.text());
  }

  @Test
  void whiteSpaceOnlyIsNoArticle() {
    UnreadableContentException e = assertThrows(UnreadableContentException.class,
        () -> PlainTextReader.parse("w.txt", "w.txt", " \n\t\n"));
    assertTrue(e.getMessage().contains("white space"));
  }
}
