package io.newsdesk.core.cluster;

import io.newsdesk.core.embed.TextEmbedder;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentFrequencies;
import io.newsdesk.core.text.TermVector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges events that another clusterer left apart although they report one happening on one day: outlets word the
 * same news differently ("Bitcoin price falls below $6,000", "Bitcoin touches USD 6000 as the tumble continues"),
 * and an article whose body wanders (a market report, a live blog) may have no term neighbour in the event. Two
 * events merge when their articles lie within one news cycle of each other, two of their headlines read alike to
 * the sentence-embedding model, and their terms agree too. Undated events are left as they are: nothing says they
 * report one day.
 */
public final class SameHappeningMerger implements EventClusterer {

  /** Lowest headline-embedding cosine of the closest pair of headlines. */
  public static final double DEFAULT_HEADLINE_LIKENESS = 0.65;
  /** Lowest TF-IDF cosine of the two events' term centroids. */
  public static final double DEFAULT_TERM_LIKENESS = 0.2;

  private final EventClusterer inner;
  private final TextEmbedder embedder;
  private final double headlineLikeness;
  private final double termLikeness;

  public SameHappeningMerger(EventClusterer inner, TextEmbedder embedder, double headlineLikeness,
      double termLikeness) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.headlineLikeness = headlineLikeness;
    this.termLikeness = termLikeness;
  }

  public SameHappeningMerger(EventClusterer inner, TextEmbedder embedder) {
    this(inner, embedder, DEFAULT_HEADLINE_LIKENESS, DEFAULT_TERM_LIKENESS);
  }

  /** One group with what the merge compares. */
  private record Group(List<Document> docs, Instant first, Instant last, TermVector terms, String language) {}

  @Override
  public List<List<Document>> cluster(List<Document> documents) {
    List<List<Document>> groups = inner.cluster(documents);
    if (groups.size() < 2) {
      return groups;
    }
    DocumentFrequencies df = ClusterInput.frequencies(documents);
    List<Group> g = new ArrayList<>();
    for (List<Document> docs : groups) {
      Map<String, Double> centroid = new HashMap<>();
      docs.forEach(d -> df.vector(ClusterInput.weightedTerms(d)).weights().forEach((t, w) -> centroid.merge(t, w,
          Double::sum)));
      Instant first = docs.stream().map(d -> d.article().published()).filter(Objects::nonNull)
          .min(Comparator.naturalOrder()).orElse(null);
      Instant last = docs.stream().map(d -> d.article().published()).filter(Objects::nonNull)
          .max(Comparator.naturalOrder()).orElse(null);
      g.add(new Group(docs, first, last, TermVector.of(centroid), docs.get(0).article().language()));
    }
    // candidate pairs: dated, within one news cycle of each other, alike in terms
    List<int[]> pairs = new ArrayList<>();
    long cycle = NeighbourGraphClusterer.NEWS_CYCLE.toMillis();
    for (int a = 0; a < g.size(); a++) {
      for (int b = a + 1; b < g.size(); b++) {
        Group x = g.get(a);
        Group y = g.get(b);
        if (x.first() != null && y.first() != null
            && x.first().toEpochMilli() <= y.last().toEpochMilli() + cycle
            && y.first().toEpochMilli() <= x.last().toEpochMilli() + cycle
            && ClusterInput.sameLanguage(x.language(), y.language())
            && x.terms().cosine(y.terms()) >= termLikeness) {
          pairs.add(new int[] {a, b});
        }
      }
    }
    if (pairs.isEmpty()) {
      return groups;
    }
    Map<String, float[]> headline = headlines(g, pairs);
    int[] parent = new int[g.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] p : pairs) {
      if (closestHeadlines(g.get(p[0]), g.get(p[1]), headline) >= headlineLikeness) {
        parent[find(parent, p[1])] = find(parent, p[0]);
      }
    }
    Map<Integer, List<Document>> merged = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      merged.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).addAll(g.get(i).docs());
    }
    List<List<Document>> out = new ArrayList<>();
    for (List<Document> docs : merged.values()) {
      docs.sort(Document.IN_TIME_ORDER);
      out.add(List.copyOf(docs));
    }
    // in the order of their first document, as every clusterer gives them
    out.sort(Comparator.comparing(docs -> docs.get(0), Document.IN_TIME_ORDER));
    return out;
  }

  /** The headline embedding of every document of a candidate pair's groups, in one batch. */
  private Map<String, float[]> headlines(List<Group> g, List<int[]> pairs) {
    List<Document> docs = new ArrayList<>();
    boolean[] seen = new boolean[g.size()];
    for (int[] p : pairs) {
      for (int i : p) {
        if (!seen[i]) {
          seen[i] = true;
          docs.addAll(g.get(i).docs());
        }
      }
    }
    float[][] v = embedder.embed(docs.stream().map(NeighbourGraphClusterer::embeddingText).toList());
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      out.put(docs.get(i).id(), v[i]);
    }
    return out;
  }

  private static double closestHeadlines(Group a, Group b, Map<String, float[]> headline) {
    double best = -1;
    for (Document x : a.docs()) {
      for (Document y : b.docs()) {
        best = Math.max(best, TextEmbedder.cosine(headline.get(x.id()), headline.get(y.id())));
      }
    }
    return best;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
