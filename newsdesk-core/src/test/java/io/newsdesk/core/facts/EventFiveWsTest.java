package io.newsdesk.core.facts;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.FiveWs;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFiveWsTest {

  private static final Document FIRST = doc("e1", "Post", "2025-03-13", "Neighbours reinforce the border",
      "Neighbours sent troops to the border on Thursday as the siege went on.");
  private static final Document SECOND = doc("e2", "Herald", "2025-03-14", "Army takes border town of Velmar",
      "It was a long siege. The army took Velmar on Friday.");

  private final EventFiveWs fiveWs = new EventFiveWs(GeoFixtures.world());

  @Test
  void theEventsAnswersComeFromTheSentenceThatReportsTheHeadlinesAction() {
    FiveWs w = fiveWs.of(List.of(FIRST, SECOND), "Army takes border town of Velmar");
    assertEquals("e2", w.who().article(), "not the first report, which tells of something else");
    assertEquals("Army", w.who().text());
    assertEquals("takes border town of Velmar", w.what().text());
    assertEquals(-1, w.what().sentence(), "read from the matching title");
  }

  @Test
  void aLeadSentenceThatMatchesBestAnswers() {
    FiveWs w = fiveWs.of(List.of(FIRST, SECOND), "The army took Velmar");
    assertEquals("The army", w.who().text());
    assertEquals("took Velmar on Friday", w.what().text());
    assertEquals(1, w.what().sentence());
  }

  @Test
  void withNoWordInCommonTheFirstReportAnswersAndAnEmptyEventNone() {
    assertEquals("e1", fiveWs.of(List.of(SECOND, FIRST), "Quiet day").who().article());
    assertNull(fiveWs.of(List.of(), "Quiet day"));
  }
}
