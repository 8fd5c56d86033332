package io.newsdesk.core.report;

import static io.newsdesk.core.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.model.Conflict;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.Figure;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.model.Quote;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.SourceCredit;
import io.newsdesk.core.model.SummarySentence;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static final Event EVENT = new Event("ev-1", "Dockworkers <end> strike", Instant.parse("2025-03-12T00:00:00Z"),
      Instant.parse("2025-03-13T00:00:00Z"),
      List.of(article("a", "Wire", "2025-03-12", "Strike ends", "Dockworkers ended the strike."),
          article("b", null, "2025-03-13", null, "The strike <script>alert(1)</script> ended.")),
      List.of(new SummarySentence("Dockworkers ended the strike.", List.of("a", "b"))),
      List.of(new Entity("Kelport", EntityType.PLACE, List.of("Kelport", "Kelporte"), 1.5, 2.5, 3, List.of("a"))),
      List.of(new Figure("120", 120, null, "more than", "ships", "Port authority", "s", List.of("a"))),
      List.of(new Quote("We are back", "Ana Ruiz", "union", List.of("b"))),
      List.of(new Reuse("Dockworkers ended the strike.", List.of("a", "b"), "a",
          List.of(new Passage("a", 0, 29, "Dockworkers ended the strike."), new Passage("b", 4, 10, "strike")), "Wire")),
      List.of(new Conflict("people killed", List.of(new Conflict.Claim("3", "police", List.of("a")),
          new Conflict.Claim("5", null, List.of("b"))))),
      List.of(new SourceCredit("Wire", List.of(new Passage("b", 0, 4, "The strike")))),
      List.of(new Reprint("a", List.of("b"))));

  @Test
  void eventsJsonHasTheProductSchema() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EventJson().writeEvents(List.of(EVENT), out);
    JsonNode e = new ObjectMapper().readTree(out.toByteArray()).get("events").get(0);
    for (String field : List.of("id", "headline", "start", "end", "articles", "summary", "entities", "figures",
        "quotes", "reuse", "conflicts")) {
      assertTrue(e.has(field), field);
    }
    assertEquals("2025-03-12T00:00:00Z", e.get("start").asText());
    assertEquals("Wire", e.get("articles").get(0).get("outlet").asText());
    assertEquals(List.of("a", "b"), List.of(e.get("summary").get(0).get("sources").get(0).asText(),
        e.get("summary").get(0).get("sources").get(1).asText()));
    assertEquals(1.5, e.get("entities").get(0).get("lat").asDouble());
    assertEquals("Port authority", e.get("figures").get(0).get("claimedBy").asText());
    assertEquals("a", e.get("reuse").get(0).get("first").asText());
    assertEquals("Wire", e.get("reuse").get(0).get("credited").asText());
    assertEquals("Wire", e.get("attributions").get(0).get("source").asText());
    assertEquals("b", e.get("reprints").get(0).get("copies").get(0).asText());
    assertEquals(2, e.get("reprints").get(0).get("outlets").size());
    assertEquals("police", e.get("conflicts").get(0).get("claims").get(0).get("claimedBy").asText());
  }

  @Test
  void extractLinesAreOneJsonObjectEach() throws Exception {
    StringWriter out = new StringWriter();
    new EventJson().writeArticleLine(EVENT.articles().get(0), out);
    String line = out.toString();
    assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1);
    JsonNode n = new ObjectMapper().readTree(line);
    assertEquals(List.of("id", "source", "url", "title", "published", "outlet", "language", "text"),
        iterate(n.fieldNames()));
  }

  @Test
  void htmlReportEscapesArticleTextAndLinksCitations() {
    String html = new HtmlReport().render(List.of(EVENT), 2, List.of(new Problem("bad.txt", "binary <content>")));
    assertFalse(html.contains("<script>alert"), "article text must be escaped");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("Dockworkers &lt;end&gt; strike"));
    assertTrue(html.contains("href=\"#ev-1-a2\""), "citations link to the article list");
    assertTrue(html.contains("Sources disagree"));
    assertTrue(html.contains("The <mark>strike</mark> &lt;script&gt;"), "each article's passage highlighted in context");
    assertTrue(html.contains("reprint of <a class=\"cite\" href=\"#ev-1-a1\">[1]</a>"), html);
    assertTrue(html.contains("binary &lt;content&gt;"));
    assertFalse(html.contains("src=\"http"), "self-contained: nothing loaded from elsewhere");
  }

  @Test
  void aScriptInATitleIsTextInTheReport() {
    Event e = new Event("ev-s", "<script>alert(1)</script> Port closes", Instant.parse("2025-03-12T00:00:00Z"),
        Instant.parse("2025-03-12T00:00:00Z"),
        List.of(article("a", "Wire \"<b>\"", "2025-03-12", "<script>alert(2)</script> Port closes", "The port closed.")),
        List.of(new SummarySentence("The port <i>closed</i>.", List.of("a"))), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    String html = new HtmlReport().render(List.of(e), 1, List.of());
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("<h3 class=\"headline\">&lt;script&gt;alert(1)&lt;/script&gt; Port closes</h3>"), html);
    assertTrue(html.contains("<li id=\"ev-s-a1\">&lt;script&gt;alert(2)&lt;/script&gt; Port closes <span class=\"meta\">"
        + "Wire \"&lt;b&gt;\", 12 Mar 2025</span></li>"), "the article's title and outlet in the sources: " + html);
    assertTrue(html.contains("<p>The port &lt;i&gt;closed&lt;/i&gt;."), "the summary");
    assertEquals(1, html.split("<script>", -1).length - 1, "the page's own filter is its only script");
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
