package io.newsdesk.eval.clustering;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The order in which the evaluation feeds a part's articles to a clusterer: publication order, as a stream of news
 * brings them, with ties (one time, or no date at all: ECB+ has none) in a shuffle drawn from a seed. It reads
 * publication times and nothing else, so no gold label can put an event's articles side by side; each system runs
 * once per seed of {@link #SEEDS}, so that a figure owed to one lucky order shows as a gap between mean and worst.
 */
final class ArrivalOrder {

  /** The seeds of the orders every system runs in, fixed so that the figures can be reproduced. */
  static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L);

  private ArrivalOrder() {}

  /** {@code items} in publication order, undated ones last, ties in the order of a shuffle seeded by {@code seed}. */
  static <T> List<T> of(List<T> items, Function<T, Instant> published, long seed) {
    List<T> out = new ArrayList<>(items);
    Collections.shuffle(out, new Random(seed));
    // List.sort is stable: ties keep the shuffled order
    out.sort(Comparator.comparing(published, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    return out;
  }

  /**
   * The documents with their place in {@code arrived} as id ("a000042") and source. A clusterer breaks ties of
   * time by id ({@link Document#IN_TIME_ORDER}): numbered so, it sees them in the order made here, and no id
   * carries a dataset's names (an ECB+ file name holds its topic and which of its two events it reports).
   */
  static List<Document> numbered(List<Document> arrived) {
    List<Document> out = new ArrayList<>(arrived.size());
    for (int i = 0; i < arrived.size(); i++) {
      Document d = arrived.get(i);
      Article a = d.article();
      String id = String.format("a%06d", i);
      out.add(new Document(new Article(id, id, a.url(), a.title(), a.published(), a.outlet(), a.language(), a.text()),
          d.sentences(), d.terms()));
    }
    return out;
  }
}
