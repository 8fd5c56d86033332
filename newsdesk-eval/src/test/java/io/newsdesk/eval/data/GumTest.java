package io.newsdesk.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GumTest {

  /** Written for this test in the layout of GUM's CoNLL-U files (token lines shortened). */
  private static final List<String> LINES = List.of(
      "# newdoc id = GUM_news_tram",
      "# meta::dateCreated = 2025-06-02",
      "# meta::summary1 = (human1) A tram derailed near Sandmoor, killing seven.",
      "# meta::summary2 = (some-model) Seven died when a tram left the rails.",
      "# meta::title = Tram derails in Sandmoor",
      "# newpar",
      "# newpar_block = head rend:::\"bold\" (1 s)",
      "# sent_id = GUM_news_tram-1",
      "# text = Tram derails in Sandmoor",
      "1\tTram\ttram\tNOUN\tNN\t_\t2\tnsubj\t_\t_",
      "",
      "# newpar_block = p (1 s)",
      "# text = Monday, June 2, 2025",
      "# text = A tram derailed near Sandmoor on Sunday.",
      "# newpar_block = figure rend:::\"a tram\" (1 s) | caption (1 s)",
      "# text = The tram in 2010.",
      "# newpar_block = figure (0 s) | p (2 s)",
      "# text = Seven people died.",
      "# text = The line is closed.",
      "# newpar_block = quote (1 s)",
      "# text = \"We are shocked,\" the mayor said.",
      "# newdoc id = GUM_news_other",
      "# meta::title = Other",
      "# newpar_block = p (1 s)",
      "# text = Something else happened.");

  @Test
  void readsTheBodyTitleDateAndSummaries() {
    List<Gum.Document> docs = Gum.parse(LINES);
    assertEquals(2, docs.size());
    Gum.Document d = docs.get(0);
    assertEquals("GUM_news_tram", d.name());
    assertEquals("Tram derails in Sandmoor", d.title());
    assertEquals(Instant.parse("2025-06-02T00:00:00Z"), d.created());
    assertEquals(List.of("A tram derailed near Sandmoor on Sunday.", "Seven people died. The line is closed.",
        "\"We are shocked,\" the mayor said."), d.paragraphs(), "no heading, date line or caption");
    assertEquals(List.of("A tram derailed near Sandmoor, killing seven.", "Seven died when a tram left the rails."),
        d.summaries());
    assertEquals(List.of("human1", "some-model"), d.writers());
    assertEquals(List.of("Something else happened."), docs.get(1).paragraphs());
  }
}
