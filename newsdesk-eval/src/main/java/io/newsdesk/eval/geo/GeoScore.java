package io.newsdesk.eval.geo;

/**
 * The counts of one part of the split, summed over its articles, and the figures they give.
 *
 * @param gold               distinct gold toponym spans
 * @param placed             of them, those with a gold position
 * @param found              toponyms the recogniser found
 * @param spansRight         found toponyms whose span is exactly a gold span
 * @param onGold             placed gold toponyms put within the tolerance by newsdesk, given the gold spans
 * @param onGoldNoHome       the same without the outlet's home, as a digest geocodes
 * @param onGoldBaseline     the same by the population baseline
 * @param endToEnd           found toponyms that are exactly a placed gold span and were put within the tolerance
 * @param endToEndBaseline   the same with the found names placed by the population baseline
 */
record GeoScore(int articles, int gold, int placed, int found, int spansRight, int onGold, int onGoldNoHome,
                int onGoldBaseline, int endToEnd, int endToEndBaseline) {

  static final GeoScore ZERO = new GeoScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  GeoScore plus(GeoScore o) {
    return new GeoScore(articles + o.articles, gold + o.gold, placed + o.placed, found + o.found,
        spansRight + o.spansRight, onGold + o.onGold, onGoldNoHome + o.onGoldNoHome,
        onGoldBaseline + o.onGoldBaseline, endToEnd + o.endToEnd, endToEndBaseline + o.endToEndBaseline);
  }

  double recognitionPrecision() {
    return share(spansRight, found);
  }

  double recognitionRecall() {
    return share(spansRight, gold);
  }

  double recognitionF1() {
    return f1(recognitionPrecision(), recognitionRecall());
  }

  double accuracy() {
    return share(onGold, placed);
  }

  double accuracyNoHome() {
    return share(onGoldNoHome, placed);
  }

  double baselineAccuracy() {
    return share(onGoldBaseline, placed);
  }

  /** End-to-end precision: over every found toponym. */
  double endToEndPrecision() {
    return share(endToEnd, found);
  }

  /** End-to-end recall: over the placed gold toponyms. */
  double endToEndRecall() {
    return share(endToEnd, placed);
  }

  double endToEndF1() {
    return f1(endToEndPrecision(), endToEndRecall());
  }

  double baselineEndToEndPrecision() {
    return share(endToEndBaseline, found);
  }

  double baselineEndToEndRecall() {
    return share(endToEndBaseline, placed);
  }

  double baselineEndToEndF1() {
    return f1(baselineEndToEndPrecision(), baselineEndToEndRecall());
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
