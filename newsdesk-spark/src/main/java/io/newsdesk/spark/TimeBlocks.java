package io.newsdesk.spark;

import io.newsdesk.core.cluster.NeighbourGraph;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentFrequencies;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The links of the single-machine neighbour graph, built block by block in time. A block owns the articles
 * published within its days and also reads those of one window before and after them: an article's links come
 * from the articles live when it arrives (one window back) and from later arrivals that find it live (one window
 * ahead), and each of those found its candidates in the window before it, which the block holds too. So a block
 * gives its own articles the links one machine would give them, and the union of every block's links is the
 * single-machine graph; its connected parts, the events, are joined on the driver ({@link EventMerge}).
 *
 * <p>Exact but for the arithmetic: a block numbers terms in the order it meets them, so a sum of products may
 * round in another order, which could only turn a tie or a similarity equal to the threshold to the last digit.
 * Undated articles, which one machine compares with every article, are compared with each other only, in a block
 * of their own: a news archive dates its records.
 */
final class TimeBlocks {

  /** The block of undated articles. */
  static final long UNDATED = Long.MAX_VALUE;

  /** An article of a block: its number in arrival order, and whether the block owns it or only reads it. */
  record Member(long number, boolean owned, Document doc) implements Serializable {}

  private TimeBlocks() {}

  /** Every link of the graph, once per article that holds it, as (article number, linked article number). */
  static JavaPairRDD<Long, Long> links(JavaPairRDD<Long, Document> arrivals, Broadcast<DocumentFrequencies> df,
      SparkDigestSettings settings) {
    long block = settings.blockDays() * 86_400_000L;
    long window = settings.windowDays() * 86_400_000L;
    return arrivals
        .mapValues(TimeBlocks::asTheGraphSeesIt)
        .flatMapToPair(a -> blocksOf(a._1(), a._2(), block, window).stream()
            .map(m -> new Tuple2<>(m._1(), Bytes.of(m._2()))).iterator()) // see Bytes
        .groupByKey(settings.partitions())
        .flatMapToPair(b -> linksOfBlock(StreamSupport.stream(b._2().spliterator(), false)
            .map(Bytes::<Member>read).toList(), df.value(), settings).iterator());
  }

  /**
   * The document with only what the graph weighs (title, terms, language, time): an article is sent to up to
   * three blocks, and its text and sentences would triple the shuffle for nothing.
   */
  static Document asTheGraphSeesIt(Document doc) {
    return new Document(doc.article().withText(""), List.of(), doc.terms());
  }

  /** The block that owns the article and the blocks that read it across their borders. */
  static List<Tuple2<Long, Member>> blocksOf(long number, Document doc, long block, long window) {
    List<Tuple2<Long, Member>> out = new ArrayList<>(3);
    if (doc.article().published() == null) {
      out.add(new Tuple2<>(UNDATED, new Member(number, true, doc)));
      return out;
    }
    long t = doc.article().published().toEpochMilli();
    long owner = Math.floorDiv(t, block);
    out.add(new Tuple2<>(owner, new Member(number, true, doc)));
    Member read = new Member(number, false, doc);
    for (long b = owner + 1; b * block - window <= t; b++) {
      out.add(new Tuple2<>(b, read)); // live when the block's first articles arrive
    }
    for (long b = owner - 1; t <= (b + 1) * block + window; b--) {
      out.add(new Tuple2<>(b, read)); // arrives while the block's last articles are live
    }
    return out;
  }

  private static List<Tuple2<Long, Long>> linksOfBlock(Iterable<Member> block, DocumentFrequencies df,
      SparkDigestSettings settings) {
    List<Member> members = StreamSupport.stream(block.spliterator(), false)
        .sorted(Comparator.comparingLong(Member::number))
        .toList();
    NeighbourGraph graph = settings.clusterer().graph();
    graph.addAll(members.stream().map(Member::doc).toList(), df);
    List<Tuple2<Long, Long>> links = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).owned()) {
        for (int j : graph.linksOf(i)) {
          links.add(new Tuple2<>(members.get(i).number(), members.get(j).number()));
        }
      }
    }
    return links;
  }
}
