package io.newsdesk.core.cluster;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NeighbourGraphTest {

  /** The two events of a kind and the strike of the clusterer's test, and two late reports of one of them. */
  private static final List<Document> DOCS = java.util.stream.Stream.concat(
      NeighbourGraphClustererTest.DOCS.stream().filter(d -> !d.id().startsWith("dorin")),
      java.util.stream.Stream.of(doc("varno-4", "Post", "2025-03-31", "Varno valley rebuilding: first homes finished",
          "The first rebuilt homes in Lusk and Orvet in the Varno valley were finished after the earthquake.")))
      .toList();

  @Test
  void aStreamForgetsWhatLeavesTheWindowAndGivesTheBatchEvents() {
    DocumentFrequencies df = ClusterInput.frequencies(DOCS);
    NeighbourGraph stream = new NeighbourGraphClusterer().stream();
    for (Document d : DOCS) {
      stream.add(d, df);
    }
    assertEquals(6, stream.size());
    assertEquals(2, stream.live(), "only the two late articles are within three days of the last");
    int[] events = stream.events();
    assertEquals(List.of(0, 1, 0, 1, 4, 4), java.util.Arrays.stream(events).boxed().toList());

    Set<List<String>> batch = new NeighbourGraphClusterer().cluster(DOCS).stream()
        .map(g -> g.stream().map(Document::id).toList()).collect(Collectors.toSet());
    assertEquals(Set.of(List.of("varno-1", "varno-2"), List.of("port-1", "port-2"), List.of("varno-3", "varno-4")),
        batch);
  }

  @Test
  void aLiveWindowOfManyDocumentsStillFindsEachArrivalsNeighbour() {
    // 3,000 unrelated articles, then a second report of the first: it must be found among them
    NeighbourGraph graph = new NeighbourGraphClusterer().stream();
    DocumentFrequencies df = new DocumentFrequencies();
    Instant t = Instant.parse("2025-03-12T00:00:00Z");
    Document first = DOCS.get(0);
    df.add(first.terms());
    graph.add("en", t, df.vector(first.terms()), null);
    for (int i = 0; i < 3000; i++) {
      Document filler = doc("f" + i, "Post", "2025-03-12", "Council " + i + " meets",
          "Council number " + i + " met on the budget of district " + (i * 7919 % 10007) + ".");
      df.add(filler.terms());
      graph.add("en", t.plusSeconds(i), df.vector(filler.terms()), null);
    }
    Document second = DOCS.get(2);
    df.add(second.terms());
    int last = graph.add("en", t.plusSeconds(4000), df.vector(second.terms()), null);
    int[] events = graph.events();
    assertEquals(0, events[last]);
    assertNotEquals(0, events[1]);
  }

  @Test
  void aGraphThatComparesEmbeddingsNeedsThemForEveryDocument() {
    NeighbourGraph graph = new NeighbourGraphClusterer().withEmbeddings(new CountingEmbedder(), 0.1).stream();
    assertThrows(IllegalArgumentException.class, () -> graph.add("en", null, TermVector.EMPTY, null));
  }


  @Test
  void theModelRunsOnlyForArticlesThatTheTermsLeaveInDoubt() {
    // each story, then a copy of it with another headline an hour later: the copies borrow, the stories do not
    // (second reports of one event share too few words with the first to borrow)
    List<Document> stories = DOCS.stream().filter(d -> !d.id().equals("varno-4")).toList();
    List<Document> stream = new java.util.ArrayList<>(stories);
    for (Document d : stories) {
      stream.add(doc(d.id() + "-copy", "Copier", d.article().published().plusSeconds(3600).toString().substring(0, 10),
          "Copied: " + d.article().title(), d.article().text()));
    }
    stream.sort(Document.IN_TIME_ORDER);
    DocumentFrequencies df = ClusterInput.frequencies(stream);
    CountingEmbedder model = new CountingEmbedder();
    NeighbourGraph graph = new NeighbourGraphClusterer().withEmbeddings(model, 0.1).stream();
    int[] numbers = new int[stream.size()];
    for (int i = 0; i < stream.size(); i++) {
      numbers[i] = graph.add(stream.get(i), df); // one at a time, so each copy finds its story in the graph
    }
    assertEquals(stories.stream().map(d -> d.article().title()).sorted().toList(),
        model.texts.stream().sorted().toList(), "the model saw the stories' headlines and no copy's");
    assertEquals(stories.size(), graph.embedded());
    int[] events = graph.events();
    for (int i = 0; i < stream.size(); i++) {
      String id = stream.get(i).id();
      if (id.endsWith("-copy")) {
        int story = stream.indexOf(stream.stream().filter(d -> d.id().equals(id.replace("-copy", ""))).findFirst()
            .orElseThrow());
        assertEquals(events[numbers[story]], events[numbers[i]], id + " joins its story's event");
      }
    }
  }

  @Test
  void aBatchEmbedsEachDistinctHeadlineOnce() {
    List<Document> docs = List.of(
        doc("a", "Post", "2025-03-12", "Storm hits coast", "Wind tore roofs off houses along the coast."),
        doc("b", "Wire", "2025-03-12", "Storm hits coast", "A council met to discuss the library budget."),
        doc("c", "Wire", "2025-03-12", "Budget talks stall", "Talks on the city budget stalled for a second week."));
    CountingEmbedder model = new CountingEmbedder();
    NeighbourGraph graph = new NeighbourGraphClusterer().withEmbeddings(model, 0.1).stream();
    graph.addAll(docs, ClusterInput.frequencies(docs));
    assertEquals(List.of("Storm hits coast", "Budget talks stall"), model.texts);
    assertEquals(2, graph.embedded());
  }
}
