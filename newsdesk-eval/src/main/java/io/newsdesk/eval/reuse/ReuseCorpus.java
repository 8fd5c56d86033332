package io.newsdesk.eval.reuse;

import io.newsdesk.core.model.Article;
import java.util.List;
import java.util.Set;

/**
 * A corpus with known reuse planted in it.
 *
 * @param articles  every article, the planted ones included
 * @param passages  the spliced passages: copied from {@code source} into {@code target} at [start, end)
 * @param reprints  the planted near-identical copies
 * @param planted   ids of the articles the generator made or changed
 */
record ReuseCorpus(List<Article> articles, List<Passage> passages, List<Copy> reprints, Set<String> planted) {

  /**
   * A planted passage.
   *
   * @param alsoIn other articles that already carried the same text before it was planted (ECB+ holds real
   *               copies of agency stories): a link to one of them is as right as a link to the source
   */
  record Passage(String source, String target, int start, int end, int sentences, Set<String> alsoIn) {
    Passage {
      alsoIn = Set.copyOf(alsoIn);
    }

    boolean isSource(String id) {
      return source.equals(id) || alsoIn.contains(id);
    }

    /** The ECB+ topic the passage was taken from: the part of the source's id before "_". */
    String topic() {
      return source.substring(0, source.indexOf('_'));
    }
  }

  /**
   * A planted reprint.
   *
   * @param nearCopies untouched articles that were already near-copies of the original in ECB+: placing the
   *                   reprint under one of them is as right as under the original
   */
  record Copy(String original, String copy, Set<String> nearCopies) {
    Copy {
      nearCopies = Set.copyOf(nearCopies);
    }
  }

  /** The planted passage that {@code span} lies at least half inside, if any. */
  java.util.Optional<Passage> plantedAround(io.newsdesk.core.model.Passage span) {
    for (Passage p : passages) {
      int overlap = Math.max(0, Math.min(span.end(), p.end()) - Math.max(span.start(), p.start()));
      if (p.target().equals(span.articleId()) && overlap * 2 >= span.end() - span.start()) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  ReuseCorpus {
    articles = List.copyOf(articles);
    passages = List.copyOf(passages);
    reprints = List.copyOf(reprints);
    planted = Set.copyOf(planted);
  }
}
