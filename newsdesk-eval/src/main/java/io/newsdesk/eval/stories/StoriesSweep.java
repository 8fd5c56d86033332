package io.newsdesk.eval.stories;

import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.story.OnlineStoryLinker;
import io.newsdesk.core.story.Story;
import io.newsdesk.core.story.StoryLinker;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.clustering.ClusterScores;
import io.newsdesk.eval.clustering.ClusteringEvaluation.LabelledDocument;
import io.newsdesk.eval.clustering.ClusteringSweep;
import io.newsdesk.eval.data.NewsCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sweep that chose the story linker's settings, on the dev part of the stories set alone (the test part is not
 * even read): the dev part digested once in publication order, then its events linked at every combination of the
 * settings, each scored with B-cubed F1 against the story labels; prints the combinations best first. Run by hand:
 * {@code java -cp newsdesk-cli/target/newsdesk.jar io.newsdesk.eval.stories.StoriesSweep DIR [--embeddings]}.
 */
public final class StoriesSweep {

  private StoriesSweep() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: StoriesSweep DIR [--embeddings]");
      System.exit(2);
    }
    boolean embeddings = args.length > 1 && args[1].equals("--embeddings");
    List<LabelledDocument> dev = StoriesEvaluation.part(StoriesEvaluation.analyse(NewsCluster.read(Path.of(args[0]))),
        Split.Part.DEV);
    List<Document> docs = new ArrayList<>(dev.stream().map(LabelledDocument::document).toList());
    docs.sort(Document.IN_TIME_ORDER);
    Map<String, String> gold = new HashMap<>();
    dev.forEach(d -> gold.put(d.document().id(), d.event()));
    Map<String, Document> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    List<Event> events = Digest.standard().digest(docs.stream().map(Document::article).toList(),
        io.newsdesk.core.pipeline.Progress.NONE).events();
    List<StoryLinker.EventDocuments> linked = events.stream().map(e -> new StoryLinker.EventDocuments(e,
        e.articles().stream().map(a -> byId.get(a.id())).toList())).toList();
    System.out.printf("dev: %d articles, %d events, %d stories%n", docs.size(), events.size(),
        gold.values().stream().distinct().count());

    TextEmbedder embedder = embeddings ? new Memo(new MiniLmEmbedder()) : null;
    List<double[]> weights = new ArrayList<>(List.of(new double[] {1, 0, 0}, new double[] {0.8, 0.2, 0},
        new double[] {0.6, 0.4, 0}, new double[] {0.4, 0.6, 0}, new double[] {0.2, 0.8, 0}, new double[] {0, 1, 0}));
    if (embeddings) {
      for (double[] w : List.copyOf(weights)) {
        for (double e : List.of(0.2, 0.4)) {
          weights.add(new double[] {w[0] * (1 - e), w[1] * (1 - e), e});
        }
      }
    }
    List<String> lines = new ArrayList<>();
    // --gates: the names a link needs, at the chosen weights and time constant
    boolean gates = List.of(args).contains("--gates");
    if (gates) {
      OnlineStoryLinker.Settings d = OnlineStoryLinker.DEFAULTS;
      weights = List.of(new double[] {d.termWeight(), d.entityWeight(), d.embeddingWeight()});
    }
    for (double[] w : weights) {
      for (double days : gates ? List.of(1095.0) : List.of(15.0, 30.0, 90.0, 180.0, 365.0, 730.0, 1095.0, 1825.0,
          3650.0)) {
        for (double t : ClusteringSweep.steps(0.04, 0.40, 0.02)) {
         for (double g : gates ? List.of(0.0, 0.01, 0.05, 0.1, 0.15, 0.2) : List.of(0.0)) {
          OnlineStoryLinker linker = new OnlineStoryLinker(new OnlineStoryLinker.Settings(t, w[0], w[1], w[2],
              Duration.ofDays((long) days), g), embedder);
          ClusterScores s = score(linker.link(linked), events, docs, gold);
          lines.add(String.format(Locale.ROOT, "%.3f P %.3f R %.3f stories %d  threshold %.2f terms %.2f names %.2f "
              + "embeddings %.2f days %.0f names %.2f", s.bcubedF1(), s.bcubedPrecision(), s.bcubedRecall(),
              s.clusters(), t, w[0], w[1], w[2], days, g));
         }
        }
      }
    }
    if (args.length > 2 && args[2].equals("--all")) {
      lines.forEach(System.out::println);
    } else {
      lines.sort(java.util.Comparator.reverseOrder());
      lines.stream().limit(60).forEach(System.out::println);
    }
    if (embedder != null) {
      embedder.close();
    }
  }

  private static ClusterScores score(List<Story> stories, List<Event> events, List<Document> docs,
      Map<String, String> gold) {
    Map<String, String> storyOfEvent = new HashMap<>();
    stories.forEach(s -> s.events().forEach(e -> storyOfEvent.put(e, s.id())));
    Map<String, String> label = new HashMap<>();
    for (Event e : events) {
      for (Article a : e.articles()) {
        label.put(a.id(), storyOfEvent.get(e.id()));
      }
    }
    return ClusterScores.score(docs.stream().map(d -> label.get(d.id())).toList(),
        docs.stream().map(d -> gold.get(d.id())).toList());
  }

  /** Embeds each text once: the sweep links the same events hundreds of times. */
  private record Memo(TextEmbedder inner, Map<String, float[]> seen) implements TextEmbedder {
    Memo(TextEmbedder inner) {
      this(inner, new ConcurrentHashMap<>());
    }

    @Override
    public int dimensions() {
      return inner.dimensions();
    }

    @Override
    public float[][] embed(List<String> texts) {
      List<String> missing = texts.stream().filter(t -> !seen.containsKey(t)).distinct().toList();
      if (!missing.isEmpty()) {
        float[][] v = inner.embed(missing);
        for (int i = 0; i < v.length; i++) {
          seen.put(missing.get(i), v[i]);
        }
      }
      return texts.stream().map(seen::get).toArray(float[][]::new);
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
