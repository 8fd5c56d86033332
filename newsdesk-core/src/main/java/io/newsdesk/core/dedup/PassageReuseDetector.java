package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Attribution;
import io.newsdesk.core.text.AttributionFinder;
import io.newsdesk.core.text.Terms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Passages that articles of different outlets share, aligned despite light edits, with the article that had
 * them first.
 *
 * <p>Articles are read in time order. Each sentence looks up the earlier sentences that share two or more word
 * trigrams with it in an index that only holds the articles of the last {@code window} (reuse is news that
 * travels within days), and that ignores trigrams found in too many sentences (boilerplate). A candidate is a
 * copy when most of its words align with the sentence in order, or when ten or more words in a row are the same.
 * Consecutive copied sentences become one passage; a passage copied by several articles is one reuse.
 */
public final class PassageReuseDetector implements ReuseDetector {

  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  static final int GRAM = 3;
  private static final int MIN_SHARED_GRAMS = 2;
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 120;
  /** Share of the longer sentence's words that align in order: a word or two edited keeps a copy above it. */
  private static final double MIN_ALIGNED = 0.6;
  /** Words in a row that two independent reports do not write the same by chance. */
  private static final int MIN_RUN = 10;
  /** A trigram in more live sentences than this is boilerplate and finds no candidates. */
  private static final int MAX_POSTINGS = 400;
  private static final int COMPACT_EVERY = 2000;

  private final Duration window;
  private final AttributionFinder attributions = new AttributionFinder();

  public PassageReuseDetector(Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    this.window = window;
  }

  public PassageReuseDetector() {
    this(DEFAULT_WINDOW);
  }

  /** One copied sentence: sentence {@code to} of a later article repeats sentence {@code from}. */
  private record Match(int from, int to) {}

  @Override
  public List<Reuse> detect(List<Document> documents) {
    List<Document> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing((Document d) -> d.article().published(),
        Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(Document::id));
    SentenceTable table = new SentenceTable(docs);
    List<Match> matches = findMatches(docs, table);
    return assemble(matches, docs, table);
  }

  /** Every sentence's words and its article, indexed by one number in reading order. */
  private static final class SentenceTable {
    final int[] docOf;
    final int[] indexInDoc;
    final String[][] words;
    final int[] firstOfDoc;

    SentenceTable(List<Document> docs) {
      int n = docs.stream().mapToInt(d -> d.sentences().size()).sum();
      docOf = new int[n];
      indexInDoc = new int[n];
      words = new String[n][];
      firstOfDoc = new int[docs.size() + 1];
      int k = 0;
      for (int d = 0; d < docs.size(); d++) {
        firstOfDoc[d] = k;
        for (Sentence s : docs.get(d).sentences()) {
          docOf[k] = d;
          indexInDoc[k] = s.index();
          words[k] = normalizedWords(s.text());
          k++;
        }
      }
      firstOfDoc[docs.size()] = k;
    }
  }

  private List<Match> findMatches(List<Document> docs, SentenceTable table) {
    Map<Long, int[]> postings = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    List<Match> matches = new ArrayList<>();
    int oldestLive = 0;
    for (int d = 0; d < docs.size(); d++) {
      Instant now = docs.get(d).article().published();
      while (now != null && oldestLive < d && isBefore(docs.get(oldestLive).article().published(), now)) {
        oldestLive++;
      }
      int liveFrom = table.firstOfDoc[oldestLive];
      String outlet = docs.get(d).article().outletOrId();
      for (int s = table.firstOfDoc[d]; s < table.firstOfDoc[d + 1]; s++) {
        if (table.words[s].length < MIN_WORDS) {
          continue;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (long g : grams(table.words[s])) {
          int[] list = postings.get(g);
          if (list == null) {
            continue;
          }
          int size = sizes.get(g);
          int live = liveStart(list, size, liveFrom);
          if (size - live > MAX_POSTINGS) {
            continue;
          }
          for (int i = live; i < size; i++) {
            int other = list[i];
            if (!docs.get(table.docOf[other]).article().outletOrId().equals(outlet)) {
              shared.merge(other, 1, Integer::sum);
            }
          }
        }
        List<Integer> candidates = new ArrayList<>();
        shared.forEach((other, count) -> {
          if (count >= MIN_SHARED_GRAMS) {
            candidates.add(other);
          }
        });
        candidates.sort(null);
        for (int other : candidates) {
          if (isCopy(table.words[other], table.words[s])) {
            matches.add(new Match(other, s));
          }
        }
      }
      for (int s = table.firstOfDoc[d]; s < table.firstOfDoc[d + 1]; s++) {
        if (table.words[s].length >= MIN_WORDS) {
          for (long g : grams(table.words[s])) {
            add(postings, sizes, g, s);
          }
        }
      }
      if (d % COMPACT_EVERY == COMPACT_EVERY - 1) {
        compact(postings, sizes, liveFrom);
      }
    }
    return matches;
  }

  private boolean isBefore(Instant old, Instant now) {
    return old != null && old.plus(window).isBefore(now);
  }

  /** A copy: most words align in order, or a long run is the same. */
  static boolean isCopy(String[] a, String[] b) {
    int longer = Math.max(a.length, b.length);
    int aligned = TextAlignment.commonSubsequence(a, b);
    if (aligned >= MIN_WORDS && aligned >= MIN_ALIGNED * longer) {
      return true;
    }
    return aligned >= MIN_RUN && TextAlignment.longestCommonRun(a, b) >= MIN_RUN;
  }

  /** Builds passages from copied sentences and reuses from passages, each with its origin. */
  private List<Reuse> assemble(List<Match> matches, List<Document> docs, SentenceTable table) {
    // consecutive copied sentences between the same two articles are one passage
    Map<Long, List<Match>> byPair = new TreeMap<>();
    for (Match m : matches) {
      long pair = ((long) table.docOf[m.from] << 32) | table.docOf[m.to];
      byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(m);
    }
    SpanGroups groups = new SpanGroups();
    for (List<Match> pairMatches : byPair.values()) {
      pairMatches.sort(Comparator.comparingInt(Match::from).thenComparingInt(Match::to));
      Match runStart = null;
      Match previous = null;
      for (Match m : pairMatches) {
        if (previous != null && !(m.from == previous.from + 1 && m.to == previous.to + 1)) {
          groups.link(runStart, previous);
          runStart = null;
        }
        if (runStart == null) {
          runStart = m;
        }
        previous = m;
      }
      if (runStart != null) {
        groups.link(runStart, previous);
      }
    }
    List<Reuse> out = new ArrayList<>();
    for (List<Integer> group : groups.groups()) {
      out.add(reuse(group, docs, table));
    }
    out.sort(Comparator.comparing((Reuse r) -> -r.sources().size()).thenComparing(Reuse::first)
        .thenComparing(Reuse::text));
    return out;
  }

  private Reuse reuse(List<Integer> sentences, List<Document> docs, SentenceTable table) {
    Map<Integer, int[]> spanByDoc = new TreeMap<>();
    for (int s : sentences) {
      int[] span = spanByDoc.computeIfAbsent(table.docOf[s], k -> new int[] {Integer.MAX_VALUE, -1});
      span[0] = Math.min(span[0], table.indexInDoc[s]);
      span[1] = Math.max(span[1], table.indexInDoc[s]);
    }
    List<Passage> passages = new ArrayList<>();
    for (Map.Entry<Integer, int[]> e : spanByDoc.entrySet()) {
      Document doc = docs.get(e.getKey());
      Sentence first = doc.sentences().get(e.getValue()[0]);
      Sentence last = doc.sentences().get(e.getValue()[1]);
      passages.add(new Passage(doc.id(), first.start(), last.end(),
          doc.article().text().substring(first.start(), last.end())));
    }
    Map<String, Document> byId = new HashMap<>();
    spanByDoc.keySet().forEach(d -> byId.put(docs.get(d).id(), docs.get(d)));
    Map<String, String> credits = new HashMap<>();
    for (Passage p : passages) {
      String credited = creditedSource(byId.get(p.articleId()), p);
      if (credited != null) {
        credits.put(p.articleId(), credited);
      }
    }
    Passage origin = origin(passages, byId, credits);
    Set<String> sources = new LinkedHashSet<>();
    sources.add(origin.articleId());
    passages.stream().map(Passage::articleId).forEach(sources::add);
    String credited = credits.values().stream().sorted().findFirst().orElse(null);
    return new Reuse(origin.text(), List.copyOf(sources), origin.articleId(), passages, credited);
  }

  /**
   * The article that had a passage first: the earliest; among articles of the same time, the one whose outlet
   * another article credits for it; else the first by id.
   */
  private static Passage origin(List<Passage> passages, Map<String, Document> byId, Map<String, String> credits) {
    Comparator<Passage> byTime = Comparator.comparing(p -> byId.get(p.articleId()).article().published(),
        Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    Set<String> creditedNames = new java.util.HashSet<>();
    credits.values().forEach(c -> creditedNames.add(c.toLowerCase(Locale.ROOT)));
    Comparator<Passage> credited = Comparator.comparing(p -> {
      Article a = byId.get(p.articleId()).article();
      return a.outlet() != null && creditedNames.contains(a.outlet().toLowerCase(Locale.ROOT)) ? 0 : 1;
    });
    return passages.stream().min(byTime.thenComparing(credited).thenComparing(Passage::articleId)).orElseThrow();
  }

  /** The source a copy credits in its own words or in the sentence that introduces it ("According to X:"). */
  private String creditedSource(Document doc, Passage p) {
    Sentence before = null;
    for (Sentence s : doc.sentences()) {
      if (s.end() <= p.start()) {
        before = s;
      }
    }
    List<Attribution> own = attributions.find(p.text().length() > 300 ? p.text().substring(0, 300) : p.text());
    for (Attribution a : own) {
      if (!a.relayed() && a.position() < 80 && Character.isUpperCase(a.source().charAt(0))) {
        return a.source(); // "Reuters reports that ..."
      }
    }
    if (before != null && before.text().strip().endsWith(":")) {
      for (Attribution a : attributions.find(before.text())) {
        if (Character.isUpperCase(a.source().charAt(0))) {
          return a.source();
        }
      }
    }
    return null;
  }

  /** Sentences joined into groups whenever a passage links them. */
  private static final class SpanGroups {
    private final Map<Integer, Integer> parent = new HashMap<>();

    /** One passage: a run of copied sentences from {@code first} to {@code last}, both sides one group. */
    void link(Match first, Match last) {
      for (int k = 0; k <= last.from - first.from; k++) {
        union(first.from, first.from + k);
        union(first.from, first.to + k);
      }
    }

    private int find(int x) {
      parent.putIfAbsent(x, x);
      int p = parent.get(x);
      if (p == x) {
        return x;
      }
      int root = find(p);
      parent.put(x, root);
      return root;
    }

    private void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent.put(Math.max(ra, rb), Math.min(ra, rb));
      }
    }

    List<List<Integer>> groups() {
      Map<Integer, List<Integer>> byRoot = new TreeMap<>();
      for (int x : new ArrayList<>(parent.keySet())) {
        byRoot.computeIfAbsent(find(x), k -> new ArrayList<>()).add(x);
      }
      return new ArrayList<>(byRoot.values());
    }
  }

  static String[] normalizedWords(String sentence) {
    List<String> words = Terms.words(sentence);
    int n = Math.min(words.size(), MAX_WORDS);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = Terms.normalize(words.get(i));
    }
    return out;
  }

  static long[] grams(String[] words) {
    if (words.length < GRAM) {
      return new long[0];
    }
    long[] out = new long[words.length - GRAM + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + GRAM; k++) {
        h = 31 * h + words[k].hashCode();
      }
      out[i] = h;
    }
    return Arrays.stream(out).distinct().toArray();
  }

  private static void add(Map<Long, int[]> postings, Map<Long, Integer> sizes, long gram, int sentence) {
    int[] list = postings.get(gram);
    int size = sizes.getOrDefault(gram, 0);
    if (list == null) {
      list = new int[4];
    } else if (size == list.length) {
      list = Arrays.copyOf(list, size * 2);
    }
    list[size] = sentence;
    postings.put(gram, list);
    sizes.put(gram, size + 1);
  }

  /** First position in an ascending posting list whose sentence is still live. */
  private static int liveStart(int[] list, int size, int liveFrom) {
    int i = Arrays.binarySearch(list, 0, size, liveFrom);
    return i >= 0 ? i : -i - 1;
  }

  /** Drops postings of articles that left the window, so that memory follows the window, not the corpus. */
  private static void compact(Map<Long, int[]> postings, Map<Long, Integer> sizes, int liveFrom) {
    var it = postings.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      int size = sizes.get(e.getKey());
      int live = liveStart(e.getValue(), size, liveFrom);
      if (live == size) {
        it.remove();
        sizes.remove(e.getKey());
      } else if (live > 0) {
        e.setValue(Arrays.copyOfRange(e.getValue(), live, Math.max(live + 4, size)));
        sizes.put(e.getKey(), size - live);
      }
    }
  }
}
