package io.newsdesk.core.summarize;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.model.CurrentEventsEntry;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.TimelineEntry;
import io.newsdesk.core.text.DocumentFrequencies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Timeline, current-events line and the rules on what a summary sentence may be. */
class EventExtrasTest {

  private static final List<Document> FLOOD = List.of(
      doc("d1", "Wire", "2025-05-01", "Floods cut off Tarvan valley",
          "Floods cut off the Tarvan valley in Norland on Thursday after three days of rain, officials said.\n"
              + "Rescue teams from Norland's civil defence reached two villages by boat."),
      doc("d2", "Post", "2025-05-01", "Tarvan valley under water",
          "Floods cut off the Tarvan valley in Norland on Thursday after three days of rain, officials said.\n"
              + "Schools in the valley will stay closed until the water recedes."),
      doc("d3", "Wire", "2025-05-03", "Tarvan floods recede",
          "The floods in the Tarvan valley began to recede on Saturday and the main road to the valley reopened."));

  private static EventSummary summarize() {
    DocumentFrequencies df = new DocumentFrequencies();
    FLOOD.forEach(d -> df.add(d.terms()));
    EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(FLOOD);
    return new CentralitySummarizer(df).summarize(FLOOD, facts);
  }

  @Test
  void anEventOverSeveralDaysGetsOneEntryADayWithWhatWasNew() {
    List<TimelineEntry> timeline = summarize().timeline();
    assertEquals(List.of(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-03")),
        timeline.stream().map(TimelineEntry::day).toList());
    assertTrue(timeline.get(1).text().contains("recede"), timeline.get(1).text());
    assertEquals(List.of("d3"), timeline.get(1).sources());
  }

  @Test
  void anEventOfOneDayHasNoTimeline() {
    List<Document> oneDay = FLOOD.subList(0, 2);
    DocumentFrequencies df = new DocumentFrequencies();
    oneDay.forEach(d -> df.add(d.terms()));
    EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(oneDay);
    assertTrue(new CentralitySummarizer(df).summarize(oneDay, facts).timeline().isEmpty());
  }

  @Test
  void aCopiedSentenceCitesBothOutletsAndATopicalOneDoesNot() {
    var first = summarize().sentences().stream().filter(s -> s.text().startsWith("Floods cut off")).findFirst()
        .orElseThrow();
    assertTrue(first.sources().containsAll(List.of("d1", "d2")), first.sources().toString());
    assertFalse(first.sources().contains("d3"), "the floods receding is not the floods cutting the valley off");
    var rescue = summarize().sentences().stream().filter(s -> s.text().startsWith("Rescue teams")).findFirst();
    rescue.ifPresent(s -> assertEquals(List.of("d1"), s.sources(), "only d1 says it"));
  }

  @Test
  void theCurrentEventsLineHasDatePlaceActionAndOneLinkPerOutlet() {
    EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(FLOOD);
    CurrentEventsEntry entry = new CurrentEventsWriter().write("Floods cut off Tarvan valley",
        Instant.parse("2025-05-01T00:00:00Z"), FLOOD.stream().map(Document::article).toList(), facts);
    assertEquals(LocalDate.parse("2025-05-01"), entry.date());
    assertTrue(entry.places().contains("Norland"), entry.places().toString());
    assertEquals(List.of("Wire", "Post"), entry.sources().stream().map(CurrentEventsEntry.SourceLink::outlet).toList());
    assertTrue(entry.line().startsWith("2025-05-01 – "), entry.line());
    assertTrue(entry.line().endsWith("(Wire, Post)"), entry.line());
    assertNull(new CurrentEventsWriter().write("x", null, List.of(), facts).date());
  }

  @Test
  void theActorsTheEventsSubjectNamesComeFirst() {
    List<io.newsdesk.core.model.Entity> entities = List.of(
        new io.newsdesk.core.model.Entity("CIA", io.newsdesk.core.model.EntityType.ORGANIZATION, List.of("CIA"),
            null, null, 5, List.of("a", "b")),
        new io.newsdesk.core.model.Entity("Syrian Army", io.newsdesk.core.model.EntityType.ORGANIZATION,
            List.of("Syrian Army"), null, null, 2, List.of("a")));
    EventFacts facts = new EventFacts(entities, List.of(), List.of(), List.of());
    CurrentEventsWriter writer = new CurrentEventsWriter();
    assertEquals(List.of("CIA", "Syrian Army"), writer.write("x", null, List.of(), facts).actors());
    assertEquals(List.of("Syrian Army", "CIA"), writer.write("x", null, List.of(), facts, "Syrian army").actors());
  }

  @Test
  void sentencesThatLeanOnTheirArticleAreCutOrRefused() {
    assertEquals(Optional.of("The council approved the budget for the new harbour on Monday."),
        StandaloneSentences.standalone("Meanwhile, the council approved the budget for the new harbour on Monday."));
    assertEquals(Optional.empty(), StandaloneSentences.standalone("He said the council approved the harbour budget."));
    assertEquals(Optional.empty(),
        StandaloneSentences.standalone("The council approved the budget for the harbour, he said on Monday."));
    assertEquals(Optional.empty(),
        StandaloneSentences.standalone("The council approved the budget for the new harbour earlier this week."));
    assertEquals(Optional.empty(),
        StandaloneSentences.standalone("Image caption The mayor of the harbour town speaks to reporters on Monday."));
    assertEquals(Optional.of("The UN says the harbour budget is the largest in ten years."),
        StandaloneSentences.standalone("The UN says the harbour budget is the largest in ten years."));
  }
}
