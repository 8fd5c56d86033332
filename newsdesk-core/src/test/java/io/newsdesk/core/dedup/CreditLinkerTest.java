package io.newsdesk.core.dedup;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.SourceCredit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditLinkerTest {

  @Test
  void creditsTheSentenceThatNamesASourceAndWhatFollowsAColon() {
    Document d = doc("d", "Post", "2025-03-12", null,
        "Nordic Press reports that the border reopened.\nAccording to Nordic Press:\n"
            + "Trucks crossed at dawn.\nThe queue was short.\nCustoms officers checked papers.\n\n"
            + "Officials said nothing else.");
    List<SourceCredit> credits = new CreditLinker().link(List.of(d));
    assertEquals(1, credits.size(), credits.toString());
    SourceCredit c = credits.get(0);
    assertEquals("Nordic Press", c.source());
    assertEquals(List.of("Nordic Press reports that the border reopened.", "Trucks crossed at dawn.",
        "The queue was short."), c.passages().stream().map(Passage::text).toList());
    assertEquals(List.of("d"), c.articles());
  }
}
