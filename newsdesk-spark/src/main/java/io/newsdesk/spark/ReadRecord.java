package io.newsdesk.spark;

import io.newsdesk.core.model.Article;
import java.io.Serializable;
import java.util.Comparator;

/**
 * What reading one record of a file gave: an article, or a problem with the record.
 *
 * @param file     the file's place in reading order
 * @param record   the record's place in its file
 * @param feedItem whether it is a feed item, which a page with the same id replaces
 * @param article  the article, or null for a problem
 * @param problem  the problem, or null for an article
 */
record ReadRecord(int file, int record, boolean feedItem, Article article, String problem) implements Serializable {

  /**
   * Which of two articles with one id the digest keeps: a page before a feed item, then the one read first. The
   * single-machine reader decides the same as it reads (it holds feed items back until the end of the batch).
   */
  static final Comparator<ReadRecord> KEPT_FIRST = Comparator.comparing(ReadRecord::feedItem)
      .thenComparingInt(ReadRecord::file).thenComparingInt(ReadRecord::record);

  static ReadRecord kept(ReadRecord a, ReadRecord b) {
    return KEPT_FIRST.compare(a, b) <= 0 ? a : b;
  }
}
