package io.newsdesk.eval.geo;

import io.newsdesk.core.facts.ContextGeocoder;
import io.newsdesk.core.facts.GazetteerToponymRecognizer;
import io.newsdesk.core.facts.GeoPlace;
import io.newsdesk.core.facts.Geocoder;
import io.newsdesk.core.facts.OutletHomes;
import io.newsdesk.core.facts.Toponym;
import io.newsdesk.core.facts.WorldGazetteer;
import io.newsdesk.eval.data.Lgl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Toponym recognition (exact spans) and geocoding (share of gold toponyms placed within 161 km, 100 miles, of
 * the annotated position, given the gold spans) on LGL, with the population baseline that takes the most
 * populous reading of each name, in the same run.
 */
public final class GeoEvaluation {

  static final double TOLERANCE_KM = 161;

  public void run(Path data, PrintWriter out) {
    List<Lgl.Article> articles = Lgl.read(data);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    WorldGazetteer gazetteer = WorldGazetteer.shared();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    System.gc();
    double heapMb = (rt.totalMemory() - rt.freeMemory() - heapBefore) / 1e6;
    out.printf(Locale.ROOT, "gazetteer: %,d places, loaded in %.2f s, %.0f MB of heap%n", gazetteer.size(),
        loadSeconds, heapMb);

    GazetteerToponymRecognizer recognizer = new GazetteerToponymRecognizer(gazetteer);
    Geocoder geocoder = new ContextGeocoder(gazetteer);
    int gold = 0;
    int found = 0;
    int matched = 0;
    int placed = 0;
    int right = 0;
    int baselineRight = 0;
    long t1 = System.nanoTime();
    // first the outlets' homes, from what their articles name; then every article read in its outlet's light
    OutletHomes homes = new OutletHomes();
    for (Lgl.Article a : articles) {
      homes.add(a.domain(), geocoder.locate(names(a), null).values());
    }
    for (Lgl.Article a : articles) {
      Set<Long> goldSpans = new HashSet<>();
      a.toponyms().forEach(t -> goldSpans.add(span(t.start(), t.end())));
      List<Toponym> predicted = recognizer.find(a.text());
      gold += goldSpans.size();
      found += predicted.size();
      for (Toponym t : predicted) {
        if (goldSpans.contains(span(t.start(), t.end()))) {
          matched++;
        }
      }
      Map<String, GeoPlace> chosen = geocoder.locate(names(a), homes.home(a.domain()));
      for (Lgl.GoldToponym t : a.toponyms()) {
        if (!t.placed()) {
          continue;
        }
        placed++;
        GeoPlace p = chosen.get(t.phrase());
        if (p != null && p.distanceKm(t.lat(), t.lon()) <= TOLERANCE_KM) {
          right++;
        }
        List<GeoPlace> readings = gazetteer.candidates(t.phrase());
        if (!readings.isEmpty() && readings.get(0).distanceKm(t.lat(), t.lon()) <= TOLERANCE_KM) {
          baselineRight++;
        }
      }
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    double precision = found == 0 ? 0 : (double) matched / found;
    double recall = gold == 0 ? 0 : (double) matched / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = placed == 0 ? 0 : (double) right / placed;
    double baseline = placed == 0 ? 0 : (double) baselineRight / placed;
    out.printf(Locale.ROOT, "geo: %s, %d articles, %,d gold toponyms (%,d placed)%n", data, articles.size(), gold,
        placed);
    out.printf(Locale.ROOT, "recognition (exact spans): P %.3f  R %.3f  F1 %.3f  (%,d found, %,d right)%n",
        precision, recall, f1, found, matched);
    out.printf(Locale.ROOT, "geocoding within %.0f km of gold: newsdesk %.3f, population baseline %.3f  (%.1f articles/s)%n",
        TOLERANCE_KM, accuracy, baseline, articles.size() / seconds);
    out.printf(Locale.ROOT, "geo: accuracy_161km=%.3f population_baseline_161km=%.3f toponym_p=%.3f toponym_r=%.3f "
        + "toponym_f1=%.3f gazetteer_load_s=%.2f gazetteer_heap_mb=%.0f%n", accuracy, baseline, precision, recall, f1,
        loadSeconds, heapMb);
    out.flush();
  }

  private static List<String> names(Lgl.Article a) {
    return a.toponyms().stream().map(Lgl.GoldToponym::phrase).toList();
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }
}
