package io.newsdesk.spark;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.summarize.CentralitySummarizer;
import java.io.Serializable;
import java.time.Duration;

/**
 * How a distributed digest runs: the digest's own settings, and how the work is cut into pieces.
 *
 * @param threshold        similarity two articles need to be linked, as in the single-machine digest
 * @param windowDays       articles more than this many days apart are never linked
 * @param summarySentences most sentences per event summary
 * @param summaryWords     most words per event summary
 * @param maxRecordBytes   largest article record read
 * @param blockDays        days of publication times that one clustering task owns; each task also reads the
 *                         window before and after its days, so that it links its own articles exactly as one
 *                         machine would. Smaller blocks mean more, smaller tasks and more re-read borders
 * @param partitions       partitions of the article data sets and shuffles
 */
public record SparkDigestSettings(double threshold, int windowDays, int summarySentences, int summaryWords,
                                  long maxRecordBytes, int blockDays, int partitions) implements Serializable {

  public static final int DEFAULT_BLOCK_DAYS = 14;

  public SparkDigestSettings {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    if (windowDays < 1 || summarySentences < 1 || blockDays < 1 || partitions < 1 || maxRecordBytes < 1) {
      throw new IllegalArgumentException("windowDays, summarySentences, blockDays, partitions and maxRecordBytes "
          + "must be positive: " + windowDays + ", " + summarySentences + ", " + blockDays + ", " + partitions
          + ", " + maxRecordBytes);
    }
    if (summaryWords < CentralitySummarizer.MIN_MAX_WORDS) {
      throw new IllegalArgumentException("summaryWords must be at least " + CentralitySummarizer.MIN_MAX_WORDS + ": "
          + summaryWords);
    }
  }

  /** The settings of {@code newsdesk digest}, with {@code partitions} partitions. */
  public static SparkDigestSettings standard(int partitions) {
    return new SparkDigestSettings(NeighbourGraphClusterer.DEFAULT_THRESHOLD,
        (int) NeighbourGraphClusterer.DEFAULT_WINDOW.toDays(), CentralitySummarizer.DEFAULT_MAX_SENTENCES,
        CentralitySummarizer.DEFAULT_MAX_WORDS, CorpusReader.DEFAULT_MAX_RECORD_BYTES, DEFAULT_BLOCK_DAYS, partitions);
  }

  /** The clusterer every block runs: the single-machine digest's, with these settings. */
  NeighbourGraphClusterer clusterer() {
    return new NeighbourGraphClusterer(threshold, Duration.ofDays(windowDays));
  }
}
