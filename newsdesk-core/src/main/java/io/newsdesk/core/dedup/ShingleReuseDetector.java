package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sentence-level reuse through shared word shingles: two sentences of different outlets are one passage when
 * they share a run of words long enough not to be chance (several 5-word shingles) and a good part of the
 * shorter sentence. Candidates come from an index of shingles, never from comparing all pairs. The article
 * that published a passage first (earliest date; undated articles last) is its origin.
 */
public final class ShingleReuseDetector implements ReuseDetector {

  static final int SHINGLE = 5;
  /** Three shared 5-word shingles: at least seven words in a row in common. */
  private static final int MIN_SHARED = 3;
  /** Share of the shorter sentence's shingles that must be shared. */
  private static final double MIN_CONTAINMENT = 0.25;

  private record Node(int doc, int sentence) implements Comparable<Node> {
    @Override
    public int compareTo(Node o) {
      return doc != o.doc ? Integer.compare(doc, o.doc) : Integer.compare(sentence, o.sentence);
    }
  }

  @Override
  public List<Reuse> detect(List<Document> documents) {
    Map<Long, List<Node>> index = new HashMap<>();
    Map<Node, Set<Long>> shingles = new HashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      for (Sentence s : documents.get(d).sentences()) {
        Set<Long> sh = shingles(s.text());
        if (sh.isEmpty()) {
          continue;
        }
        Node node = new Node(d, s.index());
        shingles.put(node, sh);
        for (long h : sh) {
          index.computeIfAbsent(h, k -> new ArrayList<>()).add(node);
        }
      }
    }
    UnionFind<Node> groups = new UnionFind<>();
    for (Map.Entry<Node, Set<Long>> e : shingles.entrySet()) {
      Node a = e.getKey();
      Map<Node, Integer> shared = new HashMap<>();
      for (long h : e.getValue()) {
        for (Node b : index.get(h)) {
          if (b.doc > a.doc && !sameOutlet(documents.get(a.doc), documents.get(b.doc))) {
            shared.merge(b, 1, Integer::sum);
          }
        }
      }
      shared.forEach((b, n) -> {
        int smaller = Math.min(e.getValue().size(), shingles.get(b).size());
        if (n >= MIN_SHARED && n >= MIN_CONTAINMENT * smaller) {
          groups.union(a, b);
        }
      });
    }
    List<Reuse> out = new ArrayList<>();
    for (List<Node> group : groups.groups()) {
      out.add(reuse(group, documents));
    }
    out.sort(Comparator.comparing((Reuse r) -> -r.sources().size()).thenComparing(Reuse::first)
        .thenComparing(Reuse::text));
    return out;
  }

  private static Reuse reuse(List<Node> group, List<Document> documents) {
    group.sort(Comparator.comparing((Node n) -> documents.get(n.doc).article().published(),
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparingInt(n -> n.doc).thenComparingInt(n -> n.sentence));
    Set<String> sources = new LinkedHashSet<>();
    List<Passage> passages = new ArrayList<>();
    for (Node n : group) {
      Document doc = documents.get(n.doc);
      Sentence s = doc.sentences().get(n.sentence);
      sources.add(doc.id());
      passages.add(new Passage(doc.id(), s.start(), s.end(), s.text()));
    }
    Node first = group.get(0);
    return new Reuse(passages.get(0).text(), List.copyOf(sources), documents.get(first.doc).id(), passages);
  }

  private static boolean sameOutlet(Document a, Document b) {
    return a.article().outletOrId().equals(b.article().outletOrId());
  }

  /** Hashes of the sentence's 5-word shingles over normalised words (stop words kept: copies keep them). */
  static Set<Long> shingles(String sentence) {
    List<String> words = new ArrayList<>();
    for (String w : Terms.words(sentence)) {
      words.add(Terms.normalize(w));
    }
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + words.get(k).hashCode();
      }
      out.add(h);
    }
    return out;
  }

  /** Disjoint sets over any keys; groups come out in a deterministic order. */
  private static final class UnionFind<T extends Comparable<? super T>> {
    private final Map<T, T> parent = new HashMap<>();

    void union(T a, T b) {
      T ra = find(a);
      T rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
      }
    }

    T find(T x) {
      parent.putIfAbsent(x, x);
      T p = parent.get(x);
      if (p.equals(x)) {
        return x;
      }
      T root = find(p);
      parent.put(x, root);
      return root;
    }

    List<List<T>> groups() {
      Map<T, List<T>> byRoot = new TreeMap<>();
      for (T x : new ArrayList<>(parent.keySet())) {
        byRoot.computeIfAbsent(find(x), k -> new ArrayList<>()).add(x);
      }
      return new ArrayList<>(byRoot.values());
    }
  }
}
