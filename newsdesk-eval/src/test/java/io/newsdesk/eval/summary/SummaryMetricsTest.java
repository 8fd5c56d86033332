package io.newsdesk.eval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.summarize.EventSummary;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.Terms;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryMetricsTest {

  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
  private static final EventFacts NO_FACTS = new EventFacts(List.of(), List.of(), List.of(), List.of());

  private static Document doc(String id, String date, String text) {
    return ANALYZER.analyze(new Article(id, id, null, null, Instant.parse(date + "T08:00:00Z"), id, "en", text));
  }

  private static final Document A = doc("a", "2025-06-02",
      "A tram derailed in a tunnel near Sandmoor station on Wednesday at around 6am, killing seven people. "
          + "The driver was arrested at the scene. Trams will not run this week.");
  private static final Document B = doc("b", "2025-06-03",
      "Seven people were killed when a tram derailed near Sandmoor station. The city mourned on Thursday.");

  @Test
  void aPhraseIsCoveredWhenHalfItsContentWordsAreSaid() {
    PhraseCoverage coverage = new PhraseCoverage(List.of("Sandmoor station", "on Wednesday", "at around 6am",
        "the driver", "The driver", "in a tunnel near Sandmoor"));
    assertEquals(5, coverage.phrases(), "a repeat counts once");
    assertEquals(3.0 / 5, coverage.coverage("The tram derailed near Sandmoor station on Wednesday."), 1e-9);
    assertEquals(0, new PhraseCoverage(List.of()).coverage("anything"));
  }

  @Test
  void aSentenceIsSupportedWhenEveryCitedArticleCarriesIt() {
    SupportCheck check = new SupportCheck(Map.of("a", A.article().text(), "b", B.article().text()));
    assertTrue(check.supported(new SummarySentence("The driver was  arrested at the scene.", List.of("a"))),
        "verbatim, whitespace aside");
    assertTrue(check.supported(new SummarySentence(
        "A tram derailed in a tunnel near Sandmoor station on Wednesday at around 6am.", List.of("a"))),
        "not verbatim (a comma cut), but every trigram stands in a");
    assertFalse(check.supported(new SummarySentence(
        "A tram derailed in a tunnel near Sandmoor station on Wednesday at around 6am.", List.of("a", "b"))),
        "b reports the derailment in other words");
    assertFalse(check.supported(new SummarySentence("The driver was arrested on Friday.", List.of("a"))),
        "2 of 4 trigrams is under 80%");
    assertFalse(check.supported(new SummarySentence("The city mourned on Thursday.", List.of("c"))),
        "an article the check does not know");
  }

  @Test
  void baselinesKeepToTheLimitsAndCiteTheirOwnArticle() {
    List<Document> event = List.of(B, A);
    EventSummary lead = new LeadBaseline(2, 40).summarize(event, NO_FACTS);
    assertEquals(List.of("a", "b"), lead.sentences().stream().map(s -> s.sources().get(0)).toList(),
        "first sentences, earliest article first");
    DocumentFrequencies df = new DocumentFrequencies();
    event.forEach(d -> df.add(d.terms()));
    EventSummary centroid = new CentroidBaseline(df, 5, 20).summarize(event, NO_FACTS);
    int words = centroid.sentences().stream().mapToInt(s -> Terms.words(s.text()).size()).sum();
    assertTrue(words <= 20 && !centroid.sentences().isEmpty(), centroid.toString());
    centroid.sentences().forEach(s -> assertEquals(1, s.sources().size()));
  }

  @Test
  void redundancyIsTheClosestPairOfSentences() {
    DocumentFrequencies df = new DocumentFrequencies();
    List.of(A, B).forEach(d -> df.add(d.terms()));
    EventSummary twice = new EventSummary("h", List.of(new SummarySentence("Trams derailed.", List.of("a")),
        new SummarySentence("Trams derailed.", List.of("b"))));
    assertEquals(1.0, SummaryEvaluation.redundancy(twice, df), 1e-9);
    assertEquals(0, SummaryEvaluation.redundancy(new EventSummary("h", List.of()), df));
  }
}
