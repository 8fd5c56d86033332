package io.newsdesk.core.report;

import static io.newsdesk.core.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.model.CurrentEventsEntry;
import io.newsdesk.core.model.FiveWs;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The current-events line, timeline and sources compared, in events.json and the HTML report. */
class ComparisonReportTest {

  private static final SourceComparison COMPARISON = new SourceComparison(
      List.of(new SourceComparison.Statement("All name Korvat", List.of("Post", "Herald"), List.of("a", "b"))),
      List.of(new SourceComparison.FigureDispute("people killed", List.of(
          new SourceComparison.FigureClaim("3", "people", "police", List.of("Post"), List.of("a")),
          new SourceComparison.FigureClaim("5", null, null, List.of("Herald"), List.of("b"))))),
      List.of(new SourceComparison.Statement("12,000 people fled (UN)", List.of("Post"), List.of("a"))),
      List.of(new SourceComparison.Wording("armed opponents", List.of(
          new SourceComparison.OutletWords("Post", List.of(new SourceComparison.WordUse("rebel", 2, false)), List.of("a")),
          new SourceComparison.OutletWords("Herald", List.of(new SourceComparison.WordUse("jihadist", 1, true)),
              List.of("b"))))));

  private static final Event EVENT = new Event("ev-2", "Army takes Korvat", Instant.parse("2025-04-01T00:00:00Z"),
      Instant.parse("2025-04-02T00:00:00Z"),
      List.of(article("a", "Post", "2025-04-01", "Army takes Korvat", "Troops took Korvat."),
          article("b", "Herald", "2025-04-02", "Korvat liberated", "Korvat was liberated.")),
      List.of(new SummarySentence("Troops took Korvat.", List.of("a", "b"))), List.of(), List.of(), List.of(),
      List.of(), List.of(), List.of(), List.of(), COMPARISON,
      List.of(new TimelineEntry(LocalDate.parse("2025-04-01"), "Troops took Korvat.", List.of("a")),
          new TimelineEntry(LocalDate.parse("2025-04-02"), "Korvat was liberated.", List.of("b"))),
      new CurrentEventsEntry(LocalDate.parse("2025-04-01"), List.of("Korvat"), List.of("Army"), "Army takes Korvat",
          List.of(new CurrentEventsEntry.SourceLink("Post", "a", "https://post.example/a"),
              new CurrentEventsEntry.SourceLink("Herald", "b", null))),
      new FiveWs(new FiveWs.Answer("The army", "a", 0), new FiveWs.Answer("took Korvat", "a", 0),
          new FiveWs.Answer("Monday (Monday 31 March 2025)", "b", 1), new FiveWs.Answer("Korvat", "a", -1), null,
          null, List.of("Velmar")));

  @Test
  void eventsJsonCarriesTheComparisonTimelineAndLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EventJson().writeEvents(List.of(EVENT), out);
    JsonNode e = new ObjectMapper().readTree(out.toByteArray()).get("events").get(0);
    assertEquals("2025-04-01 – Korvat – Army takes Korvat [Army] (Post, Herald)", e.get("currentEvents").get("line").asText());
    assertEquals(2, e.get("timeline").size());
    assertEquals("Monday (Monday 31 March 2025)", e.get("fiveWs").get("when").get("text").asText());
    assertEquals(1, e.get("fiveWs").get("when").get("sentence").asInt());
    assertTrue(e.get("fiveWs").get("why").isNull());
    assertEquals("Korvat", e.get("fiveWs").get("where").get("text").asText(), "where is one place");
    assertEquals("Velmar", e.get("fiveWs").get("otherPlaces").get(0).asText(), "the others apart");
    JsonNode c = e.get("comparison");
    assertEquals("people", c.get("disputes").get(0).get("claims").get(0).get("unit").asText());
    assertEquals("Post", c.get("singleSource").get(0).get("outlets").get(0).asText());
    JsonNode herald = c.get("wording").get(0).get("outlets").get(1);
    assertEquals("jihadist", herald.get("words").get(0).get("word").asText());
    assertTrue(herald.get("words").get(0).get("loaded").asBoolean());
  }

  @Test
  void htmlShowsTheOutletsWordingSideBySide() {
    String html = new HtmlReport().render(List.of(EVENT), 2, List.of());
    assertTrue(html.contains("Sources compared"));
    assertTrue(html.contains("<th>Post</th><th>Herald</th>"), "one column per outlet");
    assertTrue(html.contains("<mark title=\"takes a side\">jihadist</mark>"));
    assertTrue(html.contains("Only one outlet carries"));
    assertTrue(html.contains("Timeline (2 days)"));
    assertTrue(html.contains("<dt>when</dt><dd>Monday (Monday 31 March 2025)"), "the 5W1H, each citing its article");
    assertTrue(html.contains("<dt>also named</dt><dd>Velmar</dd>"), "the other places after where");
    assertTrue(html.contains("<a href=\"https://post.example/a\">Post</a>"));
  }
}
