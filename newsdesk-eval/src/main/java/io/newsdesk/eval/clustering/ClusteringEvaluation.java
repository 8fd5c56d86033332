package io.newsdesk.eval.clustering;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.cluster.SinglePassClusterer;
import io.newsdesk.core.dedup.MinHashReprintDetector;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.pipeline.EventGrouper;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsdesk eval clustering}: groups a labelled dataset's articles into events, fed one at a time in
 * time order (file order where undated), and scores the groups against the labels, beside baselines run in the
 * same process on the same documents.
 */
public final class ClusteringEvaluation {

  /** The figures of one system. */
  public record SystemScore(String system, ClusterScores scores, double seconds) {}

  private final double threshold;

  /** @param threshold newsdesk's clustering threshold, so that its effect can be measured */
  public ClusteringEvaluation(double threshold) {
    this.threshold = threshold;
  }

  public ClusteringEvaluation() {
    this(NeighbourGraphClusterer.DEFAULT_THRESHOLD);
  }

  public List<SystemScore> run(Path data, PrintWriter out) {
    List<LabelledArticle> labelled = ClusteringDatasets.read(data);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    List<Document> docs = labelled.stream().map(l -> analyzer.analyze(cleaner.clean(l.article()))).toList();
    List<String> gold = labelled.stream().map(LabelledArticle::event).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      index.put(docs.get(i).id(), i);
    }
    out.printf("clustering: %s, %d articles, %d events%n", data, docs.size(), gold.stream().distinct().count());
    out.flush();

    List<SystemScore> scores = new ArrayList<>();
    long t = System.nanoTime();
    EventGrouper grouper = new EventGrouper(new MinHashReprintDetector(),
        new NeighbourGraphClusterer(threshold, NeighbourGraphClusterer.DEFAULT_WINDOW));
    List<String> newsdesk = labels(grouper.group(docs).events(), index, docs.size());
    scores.add(new SystemScore("newsdesk", ClusterScores.score(newsdesk, gold), seconds(t)));

    t = System.nanoTime();
    try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
      NeighbourGraphClusterer withEmbeddings = new NeighbourGraphClusterer(threshold, NeighbourGraphClusterer.DEFAULT_WINDOW)
          .withEmbeddings(embedder, NeighbourGraphClusterer.EMBEDDING_WEIGHT);
      List<String> embedded = labels(new EventGrouper(new MinHashReprintDetector(), withEmbeddings).group(docs).events(),
          index, docs.size());
      scores.add(new SystemScore("newsdesk+minilm", ClusterScores.score(embedded, gold), seconds(t)));
    }

    t = System.nanoTime();
    List<String> singlePass = labels(new SinglePassClusterer().cluster(docs), index, docs.size());
    scores.add(new SystemScore("tfidf-single-pass", ClusterScores.score(singlePass, gold), seconds(t)));

    t = System.nanoTime();
    List<String> agglomerative = new AgglomerativeBaseline().cluster(docs).stream().map(String::valueOf).toList();
    scores.add(new SystemScore("tfidf-agglomerative", ClusterScores.score(agglomerative, gold), seconds(t)));

    t = System.nanoTime();
    int events = (int) gold.stream().distinct().count();
    List<String> lingo = new LingoBaseline().cluster(docs, events);
    scores.add(new SystemScore("carrot2-lingo", ClusterScores.score(lingo, gold), seconds(t)));

    out.printf("%-22s %7s %7s %7s %7s %7s %7s %8s %7s%n", "system", "B3 P", "B3 R", "B3 F1", "pair P", "pair R",
        "pair F1", "events", "s");
    for (SystemScore s : scores) {
      ClusterScores c = s.scores();
      out.printf(Locale.ROOT, "%-22s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %4d/%-3d %7.2f%n", s.system(),
          c.bcubedPrecision(), c.bcubedRecall(), c.bcubedF1(), c.pairPrecision(), c.pairRecall(), c.pairF1(),
          c.clusters(), c.events(), s.seconds());
    }
    ClusterScores ours = scores.get(0).scores();
    StringBuilder last = new StringBuilder(String.format(Locale.ROOT,
        "clustering: bcubed_f1=%.3f bcubed_p=%.3f bcubed_r=%.3f pair_f1=%.3f events=%d gold_events=%d",
        ours.bcubedF1(), ours.bcubedPrecision(), ours.bcubedRecall(), ours.pairF1(), ours.clusters(), ours.events()));
    for (SystemScore s : scores.subList(1, scores.size())) {
      last.append(String.format(Locale.ROOT, " %s_bcubed_f1=%.3f", s.system().replaceAll("[-+]", "_"), s.scores().bcubedF1()));
    }
    out.println(last);
    out.flush();
    return scores;
  }

  private static List<String> labels(List<List<Document>> groups, Map<String, Integer> index, int n) {
    String[] labels = new String[n];
    for (int g = 0; g < groups.size(); g++) {
      for (Document d : groups.get(g)) {
        labels[index.get(d.id())] = "e" + g;
      }
    }
    return List.of(labels);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
