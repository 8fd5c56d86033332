package io.newsdesk.eval.clustering;

import io.newsdesk.core.cluster.EventClusterer;
import io.newsdesk.core.model.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A system under evaluation: it gives each document of a part, fed in arrival order, the label of its event.
 *
 * @param oracle whether it is told the true number of events in the part, which no real user knows: its figure
 *               is a bound, printed as such, not a rival's
 */
public record ClusteringSystem(String name, boolean oracle, Labeller labeller) {

  /** Labels, one per document in the order given. */
  public interface Labeller {
    /** @param trueEvents the number of gold events among {@code arrived}; only an oracle reads it */
    List<String> labels(List<Document> arrived, int trueEvents);
  }

  /** A system that sees the documents and nothing else. */
  public static ClusteringSystem blind(String name, Function<List<Document>, List<String>> labels) {
    return new ClusteringSystem(name, false, (arrived, trueEvents) -> labels.apply(arrived));
  }

  /** A clusterer as a system: each document labelled with the number of the group it lands in. */
  public static ClusteringSystem of(String name, EventClusterer clusterer) {
    return blind(name, arrived -> labels(clusterer.cluster(arrived), arrived));
  }

  /** A system told the true number of events. */
  static ClusteringSystem oracle(String name, Labeller labeller) {
    return new ClusteringSystem(name, true, labeller);
  }

  /** The name as a key of the last line: "tfidf-single-pass" gives "tfidf_single_pass". */
  String key() {
    return name.replaceAll("[-+]", "_");
  }

  private static List<String> labels(List<List<Document>> groups, List<Document> arrived) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < arrived.size(); i++) {
      index.put(arrived.get(i).id(), i);
    }
    String[] labels = new String[arrived.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (Document d : groups.get(g)) {
        labels[index.get(d.id())] = "e" + g;
      }
    }
    return List.of(labels);
  }
}
