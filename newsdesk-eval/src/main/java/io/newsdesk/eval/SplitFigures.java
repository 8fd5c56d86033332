package io.newsdesk.eval;

import java.util.Locale;

/**
 * The last line of an evaluation, {@code TASK: test_metric=... dev_metric=...}: every figure is given for both
 * parts of the {@link Split}, test first, since test is what a user should expect on their own news.
 */
public final class SplitFigures {

  private final StringBuilder testKeys = new StringBuilder();
  private final StringBuilder devKeys = new StringBuilder();
  private final StringBuilder otherKeys = new StringBuilder();
  private final String task;

  public SplitFigures(String task) {
    this.task = task;
  }

  /** A figure measured on both parts, printed with three decimals. */
  public SplitFigures add(String metric, double dev, double test) {
    testKeys.append(String.format(Locale.ROOT, " test_%s=%.3f", metric, test));
    devKeys.append(String.format(Locale.ROOT, " dev_%s=%.3f", metric, dev));
    return this;
  }

  /** A whole-number figure measured on both parts. */
  public SplitFigures add(String metric, long dev, long test) {
    testKeys.append(" test_").append(metric).append('=').append(test);
    devKeys.append(" dev_").append(metric).append('=').append(dev);
    return this;
  }

  /** A figure that belongs to neither part (a load time, a count of the whole set). */
  public SplitFigures addOther(String metric, String value) {
    otherKeys.append(' ').append(metric).append('=').append(value);
    return this;
  }

  @Override
  public String toString() {
    return task + ":" + testKeys + devKeys + otherKeys;
  }
}
