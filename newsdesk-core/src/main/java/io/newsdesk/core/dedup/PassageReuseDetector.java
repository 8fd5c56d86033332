package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reuse;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Attribution;
import io.newsdesk.core.text.AttributionFinder;
import io.newsdesk.core.text.Spellings;
import io.newsdesk.core.text.Terms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Passages that articles of different outlets share, aligned despite light edits, with the article that had
 * them first.
 *
 * <p>Articles are read in time order. Each sentence looks up the earlier sentences that share two or more of the
 * eight word trigrams of its sketch (its smallest by hash) in an index that only holds the articles of the last
 * {@code window} (reuse is news that travels within days) and reads only the newest postings of a trigram, so
 * that the work per sentence stays the same however dense the window. A candidate is a
 * copy when most of its words align with the sentence in order, or when ten or more words in a row are the same.
 * Consecutive copied sentences become one passage; a passage copied by several articles is one reuse.
 */
public final class PassageReuseDetector implements ReuseDetector {

  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  static final int GRAM = 3;
  private static final int MIN_SHARED_GRAMS = 2;
  /**
   * Trigrams of a sentence that are indexed and looked up: its {@code SKETCH} smallest by hash, a bottom-k
   * sketch whose overlap between two sentences estimates the overlap of all their trigrams. It bounds the work
   * per sentence, however many sentences the window holds.
   */
  private static final int SKETCH = 8;
  /** Live postings read per trigram, newest first: a trigram in more sentences is boilerplate beyond them. */
  private static final int MAX_SCAN = 64;
  /** Candidates aligned per sentence, the most overlapping first. */
  private static final int MAX_CHECKS = 12;
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 120;
  /**
   * Share of the longer sentence's words that align in order: a word or two edited keeps a copy above it. This
   * and {@link #MIN_RUN} were checked on the reuse benchmark's dev seed (7) only, never on its test seeds.
   */
  private static final double MIN_ALIGNED = 0.6;
  /** Words in a row that two independent reports do not write the same by chance. */
  private static final int MIN_RUN = 10;
  private static final int COMPACT_EVERY = 2000;
  /**
   * More live sentences than this sharing words with one sentence make it formula, not a passage: a story that
   * a hundred outlets carry whole is found as a reprint instead.
   */
  private static final int MAX_CANDIDATES = 100;
  /**
   * Earlier copies kept per sentence: the earliest ones, which hold its origin. A passage that many outlets
   * repeat is still one reuse, since its copies are joined through the origin they share.
   */
  private static final int MAX_SOURCES = 3;

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

  /**
   * A passage and its copy: consecutive sentences of {@code origin} repeated, lightly edited, in {@code copy}.
   *
   * @param credited the source the copy credits for it, or null
   */
  public record CopiedPassage(Passage origin, Passage copy, String credited) {}

  @Override
  public List<Reuse> detect(List<Document> documents) {
    return group(copies(documents), documents);
  }

  /** Every copied passage between two articles of different outlets, origin first. */
  public List<CopiedPassage> copies(List<Document> documents) {
    List<Document> docs = new ArrayList<>(documents);
    docs.sort(Document.IN_TIME_ORDER);
    SentenceTable table = new SentenceTable(docs);
    return pairs(findMatches(docs, table), docs, table);
  }

  /**
   * Every sentence's article, indexed by one number in reading order, and the words of the sentences in the
   * window: words are read when their article enters it and dropped when it leaves, so that memory follows the
   * window, not the corpus.
   */
  private static final class SentenceTable {
    final List<Document> docs;
    final int[] docOf;
    final int[] indexInDoc;
    final String[][] words;
    final String[][] names;
    final int[] firstOfDoc;

    SentenceTable(List<Document> docs) {
      this.docs = docs;
      int n = docs.stream().mapToInt(d -> d.sentences().size()).sum();
      docOf = new int[n];
      indexInDoc = new int[n];
      words = new String[n][];
      names = new String[n][];
      firstOfDoc = new int[docs.size() + 1];
      int k = 0;
      for (int d = 0; d < docs.size(); d++) {
        firstOfDoc[d] = k;
        for (Sentence s : docs.get(d).sentences()) {
          docOf[k] = d;
          indexInDoc[k] = s.index();
          k++;
        }
      }
      firstOfDoc[docs.size()] = k;
    }

    void enter(int doc) {
      List<Sentence> sentences = docs.get(doc).sentences();
      for (int k = firstOfDoc[doc]; k < firstOfDoc[doc + 1]; k++) {
        String text = sentences.get(k - firstOfDoc[doc]).text();
        words[k] = normalizedWords(text);
        names[k] = names(text);
      }
    }

    void leave(int doc) {
      java.util.Arrays.fill(words, firstOfDoc[doc], firstOfDoc[doc + 1], null);
      java.util.Arrays.fill(names, firstOfDoc[doc], firstOfDoc[doc + 1], null);
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
        table.leave(oldestLive++);
      }
      table.enter(d);
      int liveFrom = table.firstOfDoc[oldestLive];
      String outlet = docs.get(d).article().outletOrId();
      for (int s = table.firstOfDoc[d]; s < table.firstOfDoc[d + 1]; s++) {
        if (table.words[s].length < MIN_WORDS) {
          continue;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (long g : sketch(table.words[s])) {
          int[] list = postings.get(g);
          if (list == null) {
            continue;
          }
          int size = sizes.get(g);
          int live = Math.max(liveStart(list, size, liveFrom), size - MAX_SCAN);
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
        if (candidates.size() > MAX_CANDIDATES) {
          continue; // a sentence like a hundred others in a week is formula ("could not be reached for comment")
        }
        // the most overlapping first, then the earliest, which holds the origin
        candidates.sort(Comparator.comparingInt((Integer c) -> -shared.get(c)).thenComparingInt(c -> c));
        int sources = 0;
        for (int i = 0; i < Math.min(candidates.size(), MAX_CHECKS) && sources < MAX_SOURCES; i++) {
          if (isCopy(table, candidates.get(i), s)) {
            matches.add(new Match(candidates.get(i), s));
            sources++;
          }
        }
      }
      for (int s = table.firstOfDoc[d]; s < table.firstOfDoc[d + 1]; s++) {
        if (table.words[s].length >= MIN_WORDS) {
          for (long g : sketch(table.words[s])) {
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

  /** A copy: a long run of words the same; or most words aligned in order, the names of each in the other. */
  private static boolean isCopy(SentenceTable t, int a, int b) {
    String[] wa = t.words[a];
    String[] wb = t.words[b];
    int aligned = TextAlignment.commonSubsequence(wa, wb);
    if (aligned >= MIN_RUN && TextAlignment.longestCommonRun(wa, wb) >= MIN_RUN) {
      return true;
    }
    return aligned >= MIN_WORDS && aligned >= MIN_ALIGNED * Math.max(wa.length, wb.length)
        && namesAgree(t.names[a], t.names[b]) && namesAgree(t.names[b], t.names[a]);
  }

  /** A copy by words alone: most words align in order, or a long run is the same. */
  public static boolean isCopy(String[] a, String[] b) {
    int longer = Math.max(a.length, b.length);
    int aligned = TextAlignment.commonSubsequence(a, b);
    if (aligned >= MIN_WORDS && aligned >= MIN_ALIGNED * longer) {
      return true;
    }
    return aligned >= MIN_RUN && TextAlignment.longestCommonRun(a, b) >= MIN_RUN;
  }

  /** Consecutive copied sentences between the same two articles are one passage, oriented origin first. */
  private List<CopiedPassage> pairs(List<Match> matches, List<Document> docs, SentenceTable table) {
    Map<Long, List<Match>> byPair = new TreeMap<>();
    for (Match m : matches) {
      long pair = ((long) table.docOf[m.from] << 32) | table.docOf[m.to];
      byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(m);
    }
    List<CopiedPassage> out = new ArrayList<>();
    Map<String, String> credits = new HashMap<>(); // looked up once per passage, however many copies share it
    for (List<Match> pairMatches : byPair.values()) {
      pairMatches.sort(Comparator.comparingInt(Match::from).thenComparingInt(Match::to));
      int runStart = 0;
      for (int i = 1; i <= pairMatches.size(); i++) {
        Match previous = pairMatches.get(i - 1);
        if (i == pairMatches.size() || pairMatches.get(i).from != previous.from + 1
            || pairMatches.get(i).to != previous.to + 1) {
          out.add(orient(pairMatches.get(runStart), previous, docs, table, credits));
          runStart = i;
        }
      }
    }
    return out;
  }

  /**
   * The passage pair of a run of copied sentences, origin first: the earlier article; at the same time, the
   * one whose outlet the other credits; else the first in reading order.
   */
  private CopiedPassage orient(Match first, Match last, List<Document> docs, SentenceTable table,
                               Map<String, String> credits) {
    Document a = docs.get(table.docOf[first.from]);
    Document b = docs.get(table.docOf[first.to]);
    Passage pa = span(a, table.indexInDoc[first.from], table.indexInDoc[last.from]);
    Passage pb = span(b, table.indexInDoc[first.to], table.indexInDoc[last.to]);
    String creditedByB = creditedSource(b, pb, credits);
    String creditedByA = creditedSource(a, pa, credits);
    boolean sameTime = java.util.Objects.equals(a.article().published(), b.article().published());
    if (sameTime && creditedByA != null && names(creditedByA, b) && !names(creditedByB, a)) {
      return new CopiedPassage(pb, pa, creditedByA);
    }
    return new CopiedPassage(pa, pb, creditedByB);
  }

  private static boolean names(String credited, Document doc) {
    String outlet = doc.article().outlet();
    return credited != null && outlet != null && credited.toLowerCase(Locale.ROOT).equals(outlet.toLowerCase(Locale.ROOT));
  }

  private static Passage span(Document doc, int fromSentence, int toSentence) {
    Sentence first = doc.sentences().get(fromSentence);
    Sentence last = doc.sentences().get(toSentence);
    return new Passage(doc.id(), first.start(), last.end(), doc.article().text().substring(first.start(), last.end()));
  }

  /**
   * Copies of one passage become one reuse: pairs whose spans overlap in the same article are joined, so that a
   * wire passage copied by five outlets is one entry with six sources, its origin the earliest of them.
   */
  private static List<Reuse> group(List<CopiedPassage> copies, List<Document> documents) {
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    int[] parent = new int[copies.size()];
    java.util.Arrays.setAll(parent, i -> i);
    Map<String, List<Integer>> byArticle = new HashMap<>();
    for (int i = 0; i < copies.size(); i++) {
      byArticle.computeIfAbsent(copies.get(i).origin().articleId(), k -> new ArrayList<>()).add(i);
      byArticle.computeIfAbsent(copies.get(i).copy().articleId(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> e : byArticle.entrySet()) {
      List<Integer> here = e.getValue();
      for (int x = 0; x < here.size(); x++) {
        for (int y = x + 1; y < here.size(); y++) {
          if (overlap(spanIn(copies.get(here.get(x)), e.getKey()), spanIn(copies.get(here.get(y)), e.getKey()))) {
            union(parent, here.get(x), here.get(y));
          }
        }
      }
    }
    Map<Integer, List<CopiedPassage>> groups = new TreeMap<>();
    for (int i = 0; i < copies.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(copies.get(i));
    }
    List<Reuse> out = new ArrayList<>();
    for (List<CopiedPassage> g : groups.values()) {
      out.add(reuse(g, byId));
    }
    out.sort(Comparator.comparing((Reuse r) -> -r.sources().size()).thenComparing(Reuse::first)
        .thenComparing(Reuse::text));
    return out;
  }

  private static Reuse reuse(List<CopiedPassage> group, Map<String, Document> byId) {
    // the widest span each article has in the group
    Map<String, Passage> spans = new java.util.LinkedHashMap<>();
    Set<String> copiesOnly = new java.util.HashSet<>();
    String credited = null;
    for (CopiedPassage c : group) {
      widen(spans, c.origin(), byId);
      widen(spans, c.copy(), byId);
      copiesOnly.add(c.copy().articleId());
      credited = credited != null ? credited : c.credited();
    }
    Comparator<String> byTime = Comparator.comparing((String id) -> byId.get(id).article().published(),
        Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    // the origin: an article that copies nothing in this group, else the earliest
    String first = spans.keySet().stream().filter(id -> !copiesOnly.contains(id)).min(byTime.thenComparing(id -> id))
        .orElseGet(() -> spans.keySet().stream().min(byTime.thenComparing(id -> id)).orElseThrow());
    List<String> sources = new ArrayList<>();
    sources.add(first);
    spans.keySet().stream().filter(id -> !id.equals(first)).sorted(byTime.thenComparing(id -> id)).forEach(sources::add);
    List<Passage> passages = sources.stream().map(spans::get).toList();
    return new Reuse(spans.get(first).text(), sources, first, passages, credited);
  }

  private static void widen(Map<String, Passage> spans, Passage p, Map<String, Document> byId) {
    Passage old = spans.get(p.articleId());
    if (old == null) {
      spans.put(p.articleId(), p);
      return;
    }
    int start = Math.min(old.start(), p.start());
    int end = Math.max(old.end(), p.end());
    spans.put(p.articleId(), new Passage(p.articleId(), start, end,
        byId.get(p.articleId()).article().text().substring(start, end)));
  }

  private static Passage spanIn(CopiedPassage c, String articleId) {
    return c.origin().articleId().equals(articleId) ? c.origin() : c.copy();
  }

  private static boolean overlap(Passage a, Passage b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The source a copy credits in its own words or in the sentence that introduces it ("According to X:"). */
  private String creditedSource(Document doc, Passage p, Map<String, String> cache) {
    String found = cache.computeIfAbsent(doc.id() + "\u0000" + p.start() + "\u0000" + p.end(), k -> {
      String credit = findCredit(doc, p);
      return credit == null ? "" : credit;
    });
    return found.isEmpty() ? null : found;
  }

  private String findCredit(Document doc, Passage p) {
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

  /**
   * True when the names of one sentence stand in the other, as written or respelled, all but a third of them:
   * "Fishermen on the Umirir lake near Zatemiya said ..." is no copy of the same sentence about another lake
   * near another town, however many other words they share.
   */
  static boolean namesAgree(String[] names, String[] otherNames) {
    int missing = 0;
    for (String name : names) {
      boolean found = false;
      for (String w : otherNames) {
        if (w.equals(name)) {
          found = true;
          break;
        }
      }
      for (int i = 0; !found && i < otherNames.length; i++) {
        found = Spellings.sameSpelling(otherNames[i], name);
      }
      if (!found && ++missing > names.length / 3) {
        return false;
      }
    }
    return true;
  }

  /** Normalised words that are written with a capital inside the sentence: its names. */
  static String[] names(String sentence) {
    List<String> words = Terms.words(sentence);
    List<String> out = new ArrayList<>();
    for (int i = 1; i < Math.min(words.size(), MAX_WORDS); i++) {
      String w = words.get(i);
      if (Character.isUpperCase(w.charAt(0)) && w.length() > 1) {
        out.add(Terms.normalize(w));
      }
    }
    return out.toArray(new String[0]);
  }

  /** The words of a sentence as copies are compared: normalised, at most 120. */
  public static String[] normalizedWords(String sentence) {
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

  /** The {@code SKETCH} smallest trigram hashes of a sentence. */
  static long[] sketch(String[] words) {
    long[] all = grams(words);
    if (all.length <= SKETCH) {
      return all;
    }
    Arrays.sort(all);
    return Arrays.copyOf(all, SKETCH);
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
