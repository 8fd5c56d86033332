package io.newsdesk.core.cluster;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Document;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SinglePassClustererTest {

  private static final List<Document> DOCS = List.of(
      doc("quake-1", "Post", "2025-03-12", "Earthquake strikes Varno valley",
          "A strong earthquake struck the Varno valley on Wednesday, destroying homes in three villages."),
      doc("port-1", "Wire", "2025-03-12", "Dockworkers strike at Kelport",
          "Dockworkers at Kelport walked out over unpaid wages, leaving ships waiting at anchor."),
      doc("quake-2", "Ledger", "2025-03-13", "Varno valley villagers sleep outside after earthquake",
          "Villagers in the Varno valley slept outside after the earthquake damaged their homes."),
      doc("port-2", "Times", "2025-03-13", "Kelport strike enters second day",
          "The dockworkers' strike at Kelport over unpaid wages entered a second day as ships waited."),
      doc("quake-3", "Herald", "2025-03-20", "Rebuilding starts in Varno valley after earthquake",
          "Rebuilding of homes destroyed by the Varno valley earthquake started on Thursday."));

  private static List<List<String>> ids(List<List<Document>> groups) {
    return groups.stream().map(g -> g.stream().map(Document::id).toList()).toList();
  }

  @Test
  void groupsArticlesOfOneEventAndKeepsOthersApart() {
    List<List<String>> groups = ids(new SinglePassClusterer(0.18, Duration.ofDays(3)).cluster(DOCS));
    // groups come in the order of their first document: by time, then id
    assertEquals(List.of(List.of("port-1", "port-2"), List.of("quake-1", "quake-2"), List.of("quake-3")), groups);
  }

  @Test
  void aLongerWindowLetsTheLateArticleJoin() {
    List<List<String>> groups = ids(new SinglePassClusterer(0.18, Duration.ofDays(10)).cluster(DOCS));
    assertEquals(List.of(List.of("port-1", "port-2"), List.of("quake-1", "quake-2", "quake-3")), groups);
  }

  @Test
  void sameResultWhateverTheArrivalOrderOfDatedDocuments() {
    SinglePassClusterer clusterer = new SinglePassClusterer();
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
    io.newsdesk.core.model.Article a = en.article();
    Document fr = new io.newsdesk.core.text.DocumentAnalyzer().analyze(new io.newsdesk.core.model.Article("fr",
        "fr", null, a.title(), a.published(), "Poste", "fr", a.text()));
    assertEquals(2, new SinglePassClusterer().cluster(List.of(en, fr)).size());
  }

  @Test
  void emptyInputAndEmptyDocuments() {
    assertTrue(new SinglePassClusterer().cluster(List.of()).isEmpty());
    List<List<Document>> groups = new SinglePassClusterer().cluster(List.of(doc("e1", "..."), doc("e2", "!!!")));
    assertEquals(2, groups.size());
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> new SinglePassClusterer(0, Duration.ofDays(1)));
    assertThrows(IllegalArgumentException.class, () -> new SinglePassClusterer(1.5, Duration.ofDays(1)));
    assertThrows(IllegalArgumentException.class, () -> new SinglePassClusterer(0.2, Duration.ZERO));
  }
}
