package io.newsdesk.eval.clustering;

import io.newsdesk.core.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Baseline: Carrot2's Lingo, told the true number of events (its best case). Lingo labels topics and may put a
 * document in several clusters or none: each document goes to the largest cluster that holds it, the rest stand
 * alone.
 */
final class LingoBaseline {

  private final LanguageComponents english;

  LingoBaseline() {
    try {
      english = LanguageComponents.loader().limitToLanguages("English").load().language("English");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot load Carrot2's English resources", e);
    }
  }

  List<String> cluster(List<Document> docs, int events) {
    LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
    lingo.desiredClusterCount.set(Math.max(2, events));
    List<Indexed> input = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      input.add(new Indexed(i, docs.get(i)));
    }
    List<Cluster<Indexed>> clusters = new ArrayList<>(lingo.cluster(input.stream(), english));
    clusters.sort((a, b) -> Integer.compare(b.getDocuments().size(), a.getDocuments().size()));
    Map<Integer, String> label = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (Indexed d : clusters.get(c).getDocuments()) {
        label.putIfAbsent(d.index, "c" + c);
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      out.add(label.getOrDefault(i, "alone" + i));
    }
    return out;
  }

  /** A document as Carrot2 reads it: a title and a body. */
  private record Indexed(int index, Document doc) implements org.carrot2.clustering.Document {
    @Override
    public void visitFields(java.util.function.BiConsumer<String, String> visitor) {
      if (doc.article().title() != null) {
        visitor.accept("title", doc.article().title());
      }
      visitor.accept("content", doc.article().text());
    }
  }
}
