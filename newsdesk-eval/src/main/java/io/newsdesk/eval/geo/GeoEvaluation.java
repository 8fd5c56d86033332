package io.newsdesk.eval.geo;

import io.newsdesk.core.facts.ContextGeocoder;
import io.newsdesk.core.facts.GazetteerToponymRecognizer;
import io.newsdesk.core.facts.GeoPlace;
import io.newsdesk.core.facts.Geocoder;
import io.newsdesk.core.facts.OutletHomes;
import io.newsdesk.core.facts.Toponym;
import io.newsdesk.core.facts.ToponymRecognizer;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.SplitFigures;
import io.newsdesk.eval.data.Lgl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Toponym recognition (exact spans), geocoding given the gold spans (share of placed gold toponyms put within
 * 161 km of the annotated position) and both end to end (found spans that are exactly a gold span and put
 * within 161 km of it) on LGL, each beside the population baseline that takes the most populous reading of a
 * name, for the dev and the test part of the split by outlet.
 *
 * <p>An outlet's home is learnt as newsdesk would learn it on news of its own: from the places newsdesk itself
 * recognises in the outlet's articles and geocodes; the gold toponyms are never read for it.
 */
public final class GeoEvaluation {

  public void run(Path data, PrintWriter out) {
    List<Lgl.Article> articles = Lgl.read(data);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    WorldGazetteer gazetteer = WorldGazetteer.load();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    System.gc();
    double heapMb = (rt.totalMemory() - rt.freeMemory() - heapBefore) / 1e6;
    out.printf(Locale.ROOT, "gazetteer: %,d places, loaded in %.2f s, %.0f MB of heap%n", gazetteer.size(),
        loadSeconds, heapMb);

    ToponymRecognizer recognizer = new GazetteerToponymRecognizer(gazetteer);
    Geocoder geocoder = new ContextGeocoder(gazetteer);
    long t1 = System.nanoTime();
    OutletHomes homes = outletHomes(articles, recognizer, geocoder);
    Map<Split.Part, GeoScore> scores = score(articles, recognizer, geocoder, new MostPopulousReading(gazetteer),
        homes);
    double seconds = (System.nanoTime() - t1) / 1e9;

    Set<String> outlets = articles.stream().map(Lgl.Article::outlet).collect(Collectors.toCollection(TreeSet::new));
    long withHome = outlets.stream().filter(o -> homes.home(o) != null).count();
    out.printf(Locale.ROOT, "geo: %s, %d articles from %d outlets, split by outlet (%.1f articles/s)%n", data,
        articles.size(), outlets.size(), articles.size() / seconds);
    out.printf(Locale.ROOT, "outlet homes: learnt from the places newsdesk recognises and geocodes in each outlet's "
        + "articles, never from gold; %d of %d outlets have one%n", withHome, outlets.size());
    GeoScore dev = scores.get(Split.Part.DEV);
    GeoScore test = scores.get(Split.Part.TEST);
    row(out, "", "dev", "test");
    row(out, "articles (outlets)", dev.articles() + " (" + outletsIn(outlets, Split.Part.DEV) + ")",
        test.articles() + " (" + outletsIn(outlets, Split.Part.TEST) + ")");
    row(out, "gold toponyms (placed)", String.format(Locale.ROOT, "%,d (%,d)", dev.gold(), dev.placed()),
        String.format(Locale.ROOT, "%,d (%,d)", test.gold(), test.placed()));
    row(out, "recognition, exact spans: P R F1", prf(dev.recognitionPrecision(), dev.recognitionRecall(),
        dev.recognitionF1()), prf(test.recognitionPrecision(), test.recognitionRecall(), test.recognitionF1()));
    row(out, "on gold spans, within 161 km: newsdesk", figure(dev.accuracy()), figure(test.accuracy()));
    row(out, "  newsdesk without outlet homes", figure(dev.accuracyNoHome()), figure(test.accuracyNoHome()));
    row(out, "  population baseline", figure(dev.baselineAccuracy()), figure(test.baselineAccuracy()));
    row(out, "end to end: P R F1 newsdesk", prf(dev.endToEndPrecision(), dev.endToEndRecall(), dev.endToEndF1()),
        prf(test.endToEndPrecision(), test.endToEndRecall(), test.endToEndF1()));
    row(out, "  found names by population baseline", prf(dev.baselineEndToEndPrecision(),
        dev.baselineEndToEndRecall(), dev.baselineEndToEndF1()), prf(test.baselineEndToEndPrecision(),
        test.baselineEndToEndRecall(), test.baselineEndToEndF1()));
    out.printf(Locale.ROOT, "end to end: a found toponym is right when its span is exactly the span of a placed gold "
        + "toponym and its place lies within %.0f km of it; P over all found toponyms, R over placed gold "
        + "toponyms%n", GoldMatching.TOLERANCE_KM);
    out.println(new SplitFigures("geo")
        .add("accuracy_161km", dev.accuracy(), test.accuracy())
        .add("population_baseline_161km", dev.baselineAccuracy(), test.baselineAccuracy())
        .add("accuracy_161km_no_home", dev.accuracyNoHome(), test.accuracyNoHome())
        .add("toponym_p", dev.recognitionPrecision(), test.recognitionPrecision())
        .add("toponym_r", dev.recognitionRecall(), test.recognitionRecall())
        .add("toponym_f1", dev.recognitionF1(), test.recognitionF1())
        .add("end_to_end_p", dev.endToEndPrecision(), test.endToEndPrecision())
        .add("end_to_end_r", dev.endToEndRecall(), test.endToEndRecall())
        .add("end_to_end_f1", dev.endToEndF1(), test.endToEndF1())
        .add("population_baseline_end_to_end_f1", dev.baselineEndToEndF1(), test.baselineEndToEndF1())
        .add("articles", dev.articles(), test.articles())
        .addOther("gazetteer_load_s", String.format(Locale.ROOT, "%.2f", loadSeconds))
        .addOther("gazetteer_heap_mb", String.format(Locale.ROOT, "%.0f", heapMb)));
    out.flush();
  }

  /**
   * Each outlet's home, learnt from what newsdesk reads in its articles: their outlet and text only (the gold
   * toponyms are dropped first), the places the recogniser finds, geocoded without a home.
   */
  static OutletHomes outletHomes(List<Lgl.Article> articles, ToponymRecognizer recognizer, Geocoder geocoder) {
    OutletHomes homes = new OutletHomes();
    for (Unlabelled a : articles.stream().map(Unlabelled::of).toList()) {
      homes.add(a.outlet(), geocoder.locate(names(recognizer.find(a.text())), null).values());
    }
    return homes;
  }

  /** Each part's counts: every article scored as found, and given the gold spans, in its outlet's light. */
  static Map<Split.Part, GeoScore> score(List<Lgl.Article> articles, ToponymRecognizer recognizer,
      Geocoder geocoder, Geocoder baseline, OutletHomes homes) {
    Map<Split.Part, GeoScore> scores = new EnumMap<>(Split.Part.class);
    for (Split.Part part : Split.Part.values()) {
      scores.put(part, GeoScore.ZERO);
    }
    for (Lgl.Article a : articles) {
      GeoPlace home = homes.home(a.outlet());
      List<Toponym> found = recognizer.find(a.text());
      List<String> foundNames = names(found);
      List<String> goldNames = a.toponyms().stream().map(Lgl.GoldToponym::phrase).toList();
      List<Lgl.GoldToponym> gold = a.toponyms();
      GeoScore s = new GeoScore(1, GoldMatching.goldSpans(gold), GoldMatching.placedSpans(gold), found.size(),
          GoldMatching.exactSpans(found, gold),
          GoldMatching.rightOnGoldSpans(gold, geocoder.locate(goldNames, home)),
          GoldMatching.rightOnGoldSpans(gold, geocoder.locate(goldNames, null)),
          GoldMatching.rightOnGoldSpans(gold, baseline.locate(goldNames, null)),
          GoldMatching.rightEndToEnd(found, geocoder.locate(foundNames, home), gold),
          GoldMatching.rightEndToEnd(found, baseline.locate(foundNames, null), gold));
      scores.merge(Split.of(a.outlet()), s, GeoScore::plus);
    }
    return scores;
  }

  /** An article as newsdesk gets it: no gold. */
  private record Unlabelled(String outlet, String text) {
    static Unlabelled of(Lgl.Article a) {
      return new Unlabelled(a.outlet(), a.text());
    }
  }

  private static List<String> names(List<Toponym> found) {
    return found.stream().map(Toponym::name).toList();
  }

  private static long outletsIn(Set<String> outlets, Split.Part part) {
    return outlets.stream().filter(o -> Split.of(o) == part).count();
  }

  private static void row(PrintWriter out, String label, String dev, String test) {
    out.printf(Locale.ROOT, "%-40s %-21s %s%n", label, dev, test);
  }

  private static String figure(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String prf(double p, double r, double f1) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", p, r, f1);
  }
}
