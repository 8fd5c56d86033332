package io.newsdesk.core.summarize;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.text.DocumentFrequencies;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CentralitySummarizerTest {

  private static final List<Document> EVENT = List.of(
      doc("wire", "Wire", "2025-03-12", "Kelport dockworkers end strike over unpaid wages",
          "KELPORT, Varnia (Wire) — Dockworkers at the main port of Kelport agreed on Wednesday to end a nine-day "
              + "strike over unpaid wages, the port authority said.\n"
              + "Ships waiting at anchor off Kelport will start unloading on Thursday.\n"
              + "He said it was over."),
      doc("post", "Post", "2025-03-13", "Ships move again at Kelport",
          "Ships began unloading at the Kelport port on Thursday after dockworkers ended their strike over "
              + "unpaid wages.\nFuel prices in the capital fell for the first time in two weeks."),
      doc("ledger", "Ledger", "2025-03-13", null,
          "Traders welcomed the end of the strike at the Kelport docks.\n"
              + "Dockworkers at the main port of Kelport agreed on Wednesday to end a nine-day strike over unpaid "
              + "wages."));

  private static EventSummary summarize(int sentences) {
    DocumentFrequencies df = new DocumentFrequencies();
    EVENT.forEach(d -> df.add(d.terms()));
    df.add(List.of("fuel", "price", "capital"));
    EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(EVENT);
    return new CentralitySummarizer(df, sentences, 120).summarize(EVENT, facts);
  }

  @Test
  void everySentenceComesFromAnArticleItCitesAndTheSummaryCitesSeveral() {
    EventSummary summary = summarize(3);
    assertEquals(3, summary.sentences().size());
    Set<String> cited = new HashSet<>();
    for (SummarySentence s : summary.sentences()) {
      String first = s.sources().get(0);
      Document from = EVENT.stream().filter(d -> d.id().equals(first)).findFirst().orElseThrow();
      assertTrue(from.article().text().contains(s.text()), s.text());
      cited.addAll(s.sources());
    }
    assertTrue(cited.size() >= 2, cited.toString());
  }

  @Test
  void aCopiedSentenceCitesEveryArticleThatCarriesIt() {
    SummarySentence strike = summarize(3).sentences().stream()
        .filter(s -> s.text().startsWith("Dockworkers at the main port")).findFirst().orElseThrow();
    assertTrue(strike.sources().containsAll(List.of("wire", "ledger")), strike.sources().toString());
    assertFalse(strike.text().contains("(Wire)"), "the wire dateline is not part of the sentence");
  }

  @Test
  void avoidsDanglingSentencesAndKeepsTheHeadlineShort() {
    EventSummary summary = summarize(3);
    assertTrue(summary.sentences().stream().noneMatch(s -> s.text().startsWith("He said")));
    assertTrue(summary.headline().split("\\s+").length <= HeadlineWriter.MAX_WORDS, summary.headline());
    assertTrue(summary.headline().contains("Kelport"), summary.headline());
  }

  @Test
  void respectsTheSentenceLimitAndRejectsBadLimits() {
    assertEquals(1, summarize(1).sentences().size());
    assertThrows(IllegalArgumentException.class, () -> new CentralitySummarizer(new DocumentFrequencies(), 0, 100));
  }

  @Test
  void headlineShapeDropsFramesAndSubordinateClauses() {
    assertEquals("Army takes the main crossing with Jordan",
        HeadlineWriter.shape("Army takes the main crossing with Jordan amid progress in the south"));
    assertEquals("Government forces took the crossing", HeadlineWriter.shape(
        "Early Friday government forces took the crossing, witnesses said."));
    assertEquals("What the council vote says about the city", HeadlineWriter.shape(
        "Analysis: What the council vote says about the city"));
  }

  @Test
  void aSentencesFacetsKeepTheOrderOfItsText() {
    // a gain is summed over the facets: an order that changes between runs changed which of two near-equal
    // sentences won
    Document d = EVENT.get(0);
    CandidateSentence c = CandidateSentence.of(d, d.sentences().get(1), d.sentences().get(1).text());
    assertEquals(List.copyOf(EventFacets.of(d.sentences().get(1).text())), List.copyOf(c.facets()));
    assertEquals("ship", c.facets().iterator().next());
  }
}
