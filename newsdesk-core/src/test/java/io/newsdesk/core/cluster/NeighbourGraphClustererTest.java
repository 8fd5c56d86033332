package io.newsdesk.core.cluster;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeighbourGraphClustererTest {

  private static final Duration DAYS_3 = Duration.ofDays(3);

  /** Two earthquakes of the same kind in two valleys a day apart, and a strike. */
  static final List<Document> DOCS = List.of(
      doc("varno-1", "Post", "2025-03-12", "Earthquake strikes Varno valley",
          "A strong earthquake struck the Varno valley on Wednesday, destroying homes in Lusk and Orvet."),
      doc("port-1", "Wire", "2025-03-12", "Dockworkers strike at Kelport",
          "Dockworkers at Kelport walked out over unpaid wages, leaving ships waiting at anchor."),
      doc("varno-2", "Ledger", "2025-03-13", "Varno valley villagers sleep outside after earthquake",
          "Villagers of Lusk and Orvet in the Varno valley slept outside after the earthquake damaged homes."),
      doc("dorin-1", "Times", "2025-03-13", "Quake shakes Dorin hills",
          "An earthquake shook the Dorin hills on Thursday; houses in Baskar and Temmel collapsed."),
      doc("port-2", "Times", "2025-03-13", "Kelport strike enters second day",
          "The dockworkers' strike at Kelport over unpaid wages entered a second day as ships waited."),
      doc("dorin-2", "Herald", "2025-03-14", "Baskar and Temmel count the damage of the Dorin hills quake",
          "Residents of Baskar and Temmel in the Dorin hills counted the houses the quake brought down."),
      doc("varno-3", "Herald", "2025-03-30", "Rebuilding starts in Varno valley after earthquake",
          "Rebuilding of homes in Lusk and Orvet destroyed by the Varno valley earthquake started on Thursday."));

  private static List<List<String>> ids(List<List<Document>> groups) {
    return groups.stream().map(g -> g.stream().map(Document::id).toList()).toList();
  }

  @Test
  void keepsTwoEventsOfOneKindApartAndLeavesTheLateArticleOut() {
    List<List<String>> groups = ids(new NeighbourGraphClusterer().cluster(DOCS));
    // groups come in the order of their first document: by time, then id
    assertEquals(List.of(List.of("port-1", "port-2"), List.of("varno-1", "varno-2"), List.of("dorin-1", "dorin-2"),
        List.of("varno-3")), groups);
  }

  @Test
  void aLongerWindowAndSlowerDampingLetTheLateArticleJoin() {
    List<List<String>> groups = ids(new NeighbourGraphClusterer(2, 0.15, Duration.ofDays(60), Duration.ofDays(30))
        .cluster(DOCS));
    assertEquals(List.of(List.of("port-1", "port-2"), List.of("varno-1", "varno-2", "varno-3"),
        List.of("dorin-1", "dorin-2")), groups);
  }

  @Test
  void aLaterArticleSplitsAnEventThatRestedOnOneWeakLink() {
    Document a = doc("a", "Post", "2025-03-12", "Varno valley earthquake", "An earthquake destroyed homes in the Varno valley.");
    Document b = doc("b", "Wire", "2025-03-12", "Varno valley election", "Voters in the Varno valley elected a new mayor.");
    Document c = doc("c", "Ledger", "2025-03-12", "Earthquake in Varno valley destroys homes",
        "An earthquake destroyed many homes in the Varno valley.");
    Document d = doc("d", "Times", "2025-03-12", "Varno valley elects a mayor", "Voters of the Varno valley elected a mayor.");
    NeighbourGraphClusterer oneNeighbour = new NeighbourGraphClusterer(1, 0.05, Duration.ofDays(2), DAYS_3);
    // with one neighbour each, b's only link is to a, so the three are one event...
    assertEquals(List.of(List.of("a", "b", "c")), ids(oneNeighbour.cluster(List.of(a, b, c))));
    // ...until d arrives, takes b's link, and the event splits in two
    assertEquals(List.of(List.of("a", "c"), List.of("b", "d")), ids(oneNeighbour.cluster(List.of(a, b, c, d))));
  }

  @Test
  void anArticleCloseToTwoEventsMergesThem() {
    Document strike = doc("s1", "Post", "2025-03-12", "Kelport dockworkers strike", "Dockworkers at Kelport stopped work.");
    Document ships = doc("s2", "Wire", "2025-03-12", "Ships wait off Kelport", "Ships waited at anchor off Kelport harbour.");
    Document both = doc("s3", "Ledger", "2025-03-13", "Ships wait off Kelport as dockworkers strike",
        "Ships waited at anchor off Kelport harbour as dockworkers stopped work.");
    NeighbourGraphClusterer clusterer = new NeighbourGraphClusterer(2, 0.3, Duration.ofDays(2), DAYS_3);
    assertEquals(2, clusterer.cluster(List.of(strike, ships)).size());
    assertEquals(List.of(List.of("s1", "s2", "s3")), ids(clusterer.cluster(List.of(strike, ships, both))));
  }

  @Test
  void sameResultWhateverTheArrivalOrderOfDatedDocuments() {
    NeighbourGraphClusterer clusterer = new NeighbourGraphClusterer();
    List<List<String>> expected = ids(clusterer.cluster(DOCS));
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      List<Document> shuffled = new ArrayList<>(DOCS);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, ids(clusterer.cluster(shuffled)));
    }
  }

  @Test
  void anEventNeverMixesLanguages() {
    Document en = doc("en", "Post", "2025-03-12", "Kelport strike", "Dockworkers at Kelport strike over wages.");
    Article a = en.article();
    Document fr = new DocumentAnalyzer().analyze(new Article("fr", "fr", null, a.title(), a.published(), "Poste", "fr",
        a.text()));
    assertEquals(2, new NeighbourGraphClusterer().cluster(List.of(en, fr)).size());
  }

  @Test
  void undatedArticlesAreComparedWithAll() {
    Document late = doc("late", "Herald", "2025-06-30", "Varno valley earthquake", "An earthquake hit the Varno valley.");
    Document undated = doc("undated", "Post", null, "Varno valley earthquake",
        "An earthquake hit the Varno valley, destroying homes.");
    Document early = doc("early", "Wire", "2025-01-02", "Kelport strike", "Dockworkers at Kelport strike over wages.");
    List<List<String>> groups = ids(new NeighbourGraphClusterer().cluster(List.of(undated, late, early)));
    assertEquals(List.of(List.of("early"), List.of("late", "undated")), groups);
  }

  @Test
  void emptyInputAndEmptyDocuments() {
    assertTrue(new NeighbourGraphClusterer().cluster(List.of()).isEmpty());
    assertEquals(2, new NeighbourGraphClusterer().cluster(List.of(doc("e1", "..."), doc("e2", "!!!"))).size());
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> new NeighbourGraphClusterer(0, 0.2, DAYS_3, DAYS_3));
    assertThrows(IllegalArgumentException.class, () -> new NeighbourGraphClusterer(0, DAYS_3));
    assertThrows(IllegalArgumentException.class, () -> new NeighbourGraphClusterer(1.5, DAYS_3));
    assertThrows(IllegalArgumentException.class, () -> new NeighbourGraphClusterer(0.2, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new NeighbourGraphClusterer(2, 0.2, Duration.ZERO, DAYS_3));
  }
}
