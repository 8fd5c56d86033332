package io.newsdesk.core.dedup;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reuse;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageReuseDetectorTest {

  @Test
  void findsALightlyEditedWirePassageAndItsOrigin() {
    Document wire = doc("wire", "Wire", "2025-03-12", null,
        "Dockworkers at the port of Kelport agreed late on Wednesday to end a nine-day strike over unpaid wages. "
            + "Ships began to move.");
    Document copy = doc("copy", "Post", "2025-03-13", null,
        "Traders were relieved. According to the Wire, dockworkers at the port of Kelport agreed late Wednesday "
            + "to end a nine-day strike over unpaid wages.");
    Document other = doc("other", "Ledger", "2025-03-13", null, "Fuel prices fell in the capital on Thursday.");

    List<Reuse> reuse = new PassageReuseDetector().detect(List.of(copy, other, wire));

    assertEquals(1, reuse.size());
    Reuse r = reuse.get(0);
    assertEquals("wire", r.first());
    assertEquals(List.of("wire", "copy"), r.sources());
    assertTrue(r.text().startsWith("Dockworkers at the port of Kelport"));
    for (Passage p : r.passages()) {
      Document d = p.articleId().equals("wire") ? wire : copy;
      assertEquals(p.text(), d.article().text().substring(p.start(), p.end()));
    }
  }

  @Test
  void ignoresSharedPhrasesTooShortToBeCopiesAndCopiesWithinOneOutlet() {
    Document a = doc("a", "Post", "2025-03-12", null, "The talks in the capital ended without a deal on Friday.");
    Document b = doc("b", "Ledger", "2025-03-12", null, "Officials said the talks in the capital would resume.");
    Document c = doc("c", "Post", "2025-03-13", null, "The talks in the capital ended without a deal on Friday.");
    assertTrue(new PassageReuseDetector().detect(List.of(a, b, c)).isEmpty());
  }

  @Test
  void emptyInput() {
    assertTrue(new PassageReuseDetector().detect(List.of()).isEmpty());
  }
}
