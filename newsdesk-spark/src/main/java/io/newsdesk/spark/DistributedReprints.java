package io.newsdesk.spark;

import io.newsdesk.core.dedup.MinHashReprintDetector;
import io.newsdesk.core.model.Reprint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reprints as {@link MinHashReprintDetector} finds them, through shuffles instead of one machine's buckets: each
 * article's MinHash signature goes to one bucket per band, only articles sharing a bucket are compared, and each
 * copy is listed under the earliest article it is close to. Never all pairs: the work grows with the articles
 * and the size of the buckets, and buckets fuller than {@link MinHashReprintDetector#MAX_BUCKET} (boilerplate)
 * are skipped, as on one machine.
 */
final class DistributedReprints {

  /** Bands fit in the low bits of a bucket member: (article number << BAND_BITS) | band. */
  private static final int BAND_BITS = 8;

  private DistributedReprints() {}

  /**
   * @param texts article numbers in arrival order with their (cleaned) texts
   * @param ids   article numbers with their ids
   * @return each reprint under the number of its original
   */
  static JavaPairRDD<Long, Reprint> find(JavaPairRDD<Long, String> texts, JavaPairRDD<Long, String> ids,
      int partitions) {
    JavaPairRDD<Long, long[]> signatures = texts
        .mapValues(MinHashReprintDetector::signature)
        .filter(s -> s._2() != null)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // every pair of articles that share a bucket of some band, the earlier first
    JavaPairRDD<Long, Long> candidates = signatures
        .flatMapToPair(s -> {
          long[] keys = MinHashReprintDetector.bandKeys(s._2());
          List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
          for (int band = 0; band < keys.length; band++) {
            out.add(new Tuple2<>(keys[band], s._1() << BAND_BITS | band));
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(bucket -> pairsInBucket(bucket._2()).iterator())
        .distinct(partitions);
    // verified pairs: (copy, original)
    JavaPairRDD<Long, Long> copies = candidates
        .join(signatures, partitions)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
        .join(signatures, partitions)
        .filter(p -> new MinHashReprintDetector().isCopy(p._2()._1()._2(), p._2()._2()))
        .mapToPair(p -> new Tuple2<>(p._1(), p._2()._1()._1()))
        .reduceByKey(Math::min, partitions) // the earliest article a copy is close to is its original
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    copies.count();
    signatures.unpersist(false);
    // (original, (copy number, copy id)), gathered under the original with its id
    return copies.join(ids, partitions)
        .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
        .groupByKey(partitions)
        .join(ids, partitions)
        .mapValues(g -> new Reprint(g._2(), inArrivalOrder(g._1())));
  }

  private static List<String> inArrivalOrder(Iterable<Tuple2<Long, String>> copies) {
    return StreamSupport.stream(copies.spliterator(), false)
        .sorted(java.util.Comparator.comparingLong(Tuple2::_1))
        .map(Tuple2::_2)
        .toList();
  }

  /** The pairs of one bucket key, band by band, when the band's bucket is neither single nor boilerplate. */
  private static List<Tuple2<Long, Long>> pairsInBucket(Iterable<Long> members) {
    java.util.Map<Integer, List<Long>> byBand = new java.util.TreeMap<>();
    for (long m : members) {
      byBand.computeIfAbsent((int) (m & ((1 << BAND_BITS) - 1)), b -> new ArrayList<>()).add(m >>> BAND_BITS);
    }
    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
    for (List<Long> bucket : byBand.values()) {
      if (bucket.size() < 2 || bucket.size() > MinHashReprintDetector.MAX_BUCKET) {
        continue;
      }
      bucket.sort(null);
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          pairs.add(new Tuple2<>(bucket.get(x), bucket.get(y)));
        }
      }
    }
    return pairs;
  }
}
