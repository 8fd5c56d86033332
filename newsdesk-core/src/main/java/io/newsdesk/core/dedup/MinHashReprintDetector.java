package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.text.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Near-duplicate articles by MinHash over word bigrams with LSH banding: only articles that land in a common
 * bucket of some band are compared, so the work grows with the corpus, not with its square.
 *
 * <p>Why these numbers: editing a fifth of an article's words keeps about 0.8 squared, 64% of its bigrams,
 * a bigram Jaccard of about 0.47; two different reports of one event share under 0.1. With 42 bands of
 * 3 rows a pair at 0.47 shares a bucket with probability 0.99 and a pair at 0.1 with 0.04; candidates are then
 * kept when their estimated Jaccard reaches {@link #DEFAULT_THRESHOLD}. Each copy is listed under the earliest
 * article it is close to.
 */
public final class MinHashReprintDetector implements ReprintDetector {

  /**
   * Reasoned from the edit rate above rather than fitted; checked on the reuse benchmark's dev seed (7) only,
   * never on its test seeds.
   */
  public static final double DEFAULT_THRESHOLD = 0.35;
  private static final int BANDS = 42;
  private static final int ROWS = 3;
  private static final int HASHES = BANDS * ROWS;
  /** Shorter texts share bigrams by chance too often to call them copies. */
  private static final int MIN_WORDS = 60;
  /** A bucket this full holds boilerplate, not copies; it is skipped. */
  public static final int MAX_BUCKET = 500;
  private static final long[] SEEDS = new SplittableRandom(20250312L).longs(HASHES).toArray();

  private final double threshold;

  public MinHashReprintDetector(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  public MinHashReprintDetector() {
    this(DEFAULT_THRESHOLD);
  }

  @Override
  public List<Reprint> detect(List<Document> documents) {
    List<Document> docs = new ArrayList<>(documents);
    docs.sort(Document.IN_TIME_ORDER);
    long[][] signatures = new long[docs.size()][];
    for (int i = 0; i < docs.size(); i++) {
      signatures[i] = signature(docs.get(i).article().text());
    }
    // similar pairs, found through the buckets of each band
    Map<Integer, java.util.TreeSet<Integer>> later = new HashMap<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < docs.size(); i++) {
        if (signatures[i] != null) {
          buckets.computeIfAbsent(bandKey(signatures[i], band), k -> new ArrayList<>(2)).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
          continue;
        }
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            java.util.TreeSet<Integer> seen = later.get(a);
            if ((seen == null || !seen.contains(b)) && isCopy(signatures[a], signatures[b])) {
              later.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(b);
            }
          }
        }
      }
    }
    // each copy joins the earliest article it is similar to, so that every copy listed under an original really
    // is close to it; a copy may itself be the original of a later, further changed copy
    int[] originalOf = new int[docs.size()];
    Arrays.fill(originalOf, -1);
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (!later.containsKey(i)) {
        continue;
      }
      for (int j : later.get(i)) {
        if (originalOf[j] < 0) {
          originalOf[j] = i;
          groups.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
        }
      }
    }
    List<Reprint> out = new ArrayList<>();
    groups.forEach((original, copies) -> out.add(new Reprint(docs.get(original).id(),
        copies.stream().map(c -> docs.get(c).id()).toList())));
    return out;
  }

  /** True when two signatures are alike enough for one text to be a copy of the other. */
  public boolean isCopy(long[] a, long[] b) {
    return similarity(a, b) >= threshold;
  }

  /**
   * The bucket of a signature in each band, band by band: two texts are compared only when they share a bucket
   * of some band. For a distributed run, which gathers each band's buckets through a shuffle.
   */
  public static long[] bandKeys(long[] signature) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      keys[band] = bandKey(signature, band);
    }
    return keys;
  }

  /** Estimated Jaccard similarity: the share of equal minhashes. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** MinHash signature of the text's word bigrams, or null for texts too short to judge. */
  public static long[] signature(String text) {
    List<String> words = Terms.words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    String previous = Terms.normalize(words.get(0));
    for (int w = 1; w < words.size(); w++) {
      String word = Terms.normalize(words.get(w));
      long feature = previous.hashCode() * 0x9E3779B97F4A7C15L + word.hashCode();
      previous = word;
      for (int i = 0; i < HASHES; i++) {
        long h = mix(feature ^ SEEDS[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  private static long bandKey(long[] sig, int band) {
    long h = band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h = mix(h * 31 + sig[r]);
    }
    return h;
  }

  /** A 64-bit finaliser (from SplitMix64): spreads nearby inputs over the whole range. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
