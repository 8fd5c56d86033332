package io.newsdesk.eval.extraction;

import io.newsdesk.eval.Split;
import java.util.List;

/** The benchmark's scores over all pages and over each part of the fixed split. */
public record SplitScores(ShingleMatching.Scores all, ShingleMatching.Scores dev, ShingleMatching.Scores test) {

  /** Scores {@code pages} as {@code evaluate.py} would, over all of them and per part. */
  public static SplitScores of(List<PageResult> pages) {
    return new SplitScores(score(pages), score(pages.stream().filter(p -> p.part() == Split.Part.DEV).toList()),
        score(pages.stream().filter(p -> p.part() == Split.Part.TEST).toList()));
  }

  private static ShingleMatching.Scores score(List<PageResult> pages) {
    return ShingleMatching.score(pages.stream().map(PageResult::counts).toList(),
        pages.stream().map(PageResult::exact).toList());
  }

  public ShingleMatching.Scores part(Split.Part part) {
    return part == Split.Part.DEV ? dev : test;
  }
}
