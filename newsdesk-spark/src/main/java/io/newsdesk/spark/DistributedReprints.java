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
    // (band, bucket) of every article in every band: small records, shuffled to size the buckets
    JavaPairRDD<Tuple2<Integer, Long>, Long> buckets = signatures
        .flatMapToPair(s -> {
          long[] keys = MinHashReprintDetector.bandKeys(s._2());
          List<Tuple2<Tuple2<Integer, Long>, Long>> out = new ArrayList<>(keys.length);
          for (int band = 0; band < keys.length; band++) {
            out.add(new Tuple2<>(new Tuple2<>(band, keys[band]), s._1()));
          }
          return out.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // only buckets that hold a pair and are not boilerplate: most articles share no bucket with any other, and
    // only the members of shared buckets travel on with their signatures
    JavaPairRDD<Tuple2<Integer, Long>, Integer> shared = buckets
        .mapValues(n -> 1)
        .reduceByKey(Integer::sum, partitions)
        .filter(b -> b._2() >= 2 && b._2() <= MinHashReprintDetector.MAX_BUCKET);
    JavaPairRDD<Long, Long> copies = buckets
        .join(shared, partitions)
        .mapToPair(m -> new Tuple2<>(m._2()._1(), m._1()))
        .join(signatures, partitions)
        .mapToPair(m -> new Tuple2<>(m._2()._1(), new Tuple2<>(m._1(), m._2()._2())))
        .groupByKey(partitions)
        .flatMapToPair(bucket -> copiesInBucket(bucket._2()).iterator())
        .reduceByKey(Math::min, partitions) // the earliest article a copy is close to is its original
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    copies.count();
    buckets.unpersist(false);
    signatures.unpersist(false);
    // (original, (copy number, copy id)), gathered under the original with its id
    return copies.join(ids, partitions)
        .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
        .groupByKey(partitions)
        .join(ids, partitions)
        .mapValues(g -> new Reprint(g._2(), inArrivalOrder(g._1())));
  }

  /** (copy, original) for every pair of one bucket whose signatures are alike enough, the earlier the original. */
  private static List<Tuple2<Long, Long>> copiesInBucket(Iterable<Tuple2<Long, long[]>> members) {
    List<Tuple2<Long, long[]>> bucket = new ArrayList<>();
    members.forEach(bucket::add);
    bucket.sort(java.util.Comparator.comparingLong(Tuple2::_1));
    MinHashReprintDetector detector = new MinHashReprintDetector();
    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
    for (int x = 0; x < bucket.size(); x++) {
      for (int y = x + 1; y < bucket.size(); y++) {
        if (detector.isCopy(bucket.get(x)._2(), bucket.get(y)._2())) {
          pairs.add(new Tuple2<>(bucket.get(y)._1(), bucket.get(x)._1()));
        }
      }
    }
    return pairs;
  }

  private static List<String> inArrivalOrder(Iterable<Tuple2<Long, String>> copies) {
    return StreamSupport.stream(copies.spliterator(), false)
        .sorted(java.util.Comparator.comparingLong(Tuple2::_1))
        .map(Tuple2::_2)
        .toList();
  }
}
