package io.newsdesk.core.dedup;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reuse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageReuseDetectorTest {

  private static final String STRIKE = "Dockworkers at the port of Kelport agreed late on Wednesday to end a nine-day "
      + "strike over unpaid wages.";
  private static final String SHIPS = "At least fourteen vessels carrying grain and fuel were waiting at anchor off "
      + "the port on Thursday.";

  @Test
  void findsALightlyEditedWirePassageWithItsOriginAndCredit() {
    Document wire = doc("wire", "Wire", "2025-03-12", null, STRIKE + " Ships began to move.");
    Document copy = doc("copy", "Post", "2025-03-13", null,
        "Traders were relieved.\nAccording to the Wire:\nDockworkers at the port of Kelport agreed late Wednesday, "
            + "to end a nine day strike over unpaid pay.");
    Document other = doc("other", "Ledger", "2025-03-13", null, "Fuel prices fell in the capital on Thursday.");

    List<Reuse> reuse = new PassageReuseDetector().detect(List.of(copy, other, wire));

    assertEquals(1, reuse.size(), reuse.toString());
    Reuse r = reuse.get(0);
    assertEquals("wire", r.first());
    assertEquals(List.of("wire", "copy"), r.sources());
    assertEquals(STRIKE, r.text());
    assertEquals("Wire", r.credited());
    for (Passage p : r.passages()) {
      Document d = p.articleId().equals("wire") ? wire : copy;
      assertEquals(p.text(), d.article().text().substring(p.start(), p.end()));
    }
  }

  @Test
  void consecutiveCopiedSentencesAreOnePassage() {
    Document wire = doc("wire", "Wire", "2025-03-12", null, "Intro line here. " + STRIKE + " " + SHIPS);
    Document copy = doc("copy", "Post", "2025-03-13", null, "Our own words come first. " + STRIKE + " " + SHIPS
        + " Then more of our own.");
    List<Reuse> reuse = new PassageReuseDetector().detect(List.of(wire, copy));
    assertEquals(1, reuse.size());
    assertEquals(STRIKE + " " + SHIPS, reuse.get(0).text());
  }

  @Test
  void aLongVerbatimRunInsideARewrittenSentenceIsReuse() {
    Document a = doc("a", "Wire", "2025-03-12", null,
        "Hundreds of soldiers in a long armoured column with red and white banners advanced on the Kelport "
            + "crossing, witnesses said.");
    Document b = doc("b", "Post", "2025-03-12", null,
        "Meanwhile the Wire reports that hundreds of soldiers in a long armoured column with red and white banners "
            + "have been seen heading to the newly taken Kelport crossing as fighters lay down their arms.");
    List<Reuse> reuse = new PassageReuseDetector().detect(List.of(a, b));
    assertEquals(1, reuse.size());
    assertEquals("a", reuse.get(0).first(), "same day: the article whose outlet the other credits came first");
  }

  @Test
  void withTheSameDateTheCreditedOutletIsTheOrigin() {
    Document wire = doc("z-wire", "Wire", "2025-03-12", null, STRIKE);
    Document copy = doc("a-copy", "Post", "2025-03-12", null, "The Wire reports that " + STRIKE.substring(0, 1)
        .toLowerCase() + STRIKE.substring(1));
    Reuse r = new PassageReuseDetector().detect(List.of(copy, wire)).get(0);
    assertEquals("z-wire", r.first());
  }

  @Test
  void ignoresCommonPhrasesCopiesWithinOneOutletAndArticlesOutsideTheWindow() {
    Document a = doc("a", "Post", "2025-03-12", null, "The talks in the capital ended without a deal on Friday.");
    Document b = doc("b", "Ledger", "2025-03-12", null, "Officials said the talks in the capital would resume.");
    Document c = doc("c", "Post", "2025-03-13", null, "The talks in the capital ended without a deal on Friday.");
    assertTrue(new PassageReuseDetector().detect(List.of(a, b, c)).isEmpty());
    Document late = doc("late", "Ledger", "2025-04-30", null, STRIKE);
    Document early = doc("early", "Wire", "2025-03-01", null, STRIKE);
    assertTrue(new PassageReuseDetector(Duration.ofDays(7)).detect(List.of(early, late)).isEmpty());
  }

  @Test
  void emptyInputAndBadWindow() {
    assertTrue(new PassageReuseDetector().detect(List.of()).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new PassageReuseDetector(Duration.ZERO));
  }
}
