package io.newsdesk.spark;

import java.util.Iterator;
import scala.Tuple2;

/**
 * The merge step across block borders: the connected parts of the links every block gave, by union-find on the
 * driver over one int per article (400 MB for 100 million articles). Each event is named by its earliest
 * article, as on one machine.
 */
final class EventMerge {

  private EventMerge() {}

  /** For every article number, the number of the first article of its event. */
  static int[] firstArticles(Iterator<Tuple2<Long, Long>> links, long articles) {
    if (articles > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many articles for one merge: " + articles);
    }
    int[] parent = new int[(int) articles];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    while (links.hasNext()) {
      Tuple2<Long, Long> link = links.next();
      int a = root(parent, link._1().intValue());
      int b = root(parent, link._2().intValue());
      parent[Math.max(a, b)] = Math.min(a, b);
    }
    for (int i = 0; i < parent.length; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
