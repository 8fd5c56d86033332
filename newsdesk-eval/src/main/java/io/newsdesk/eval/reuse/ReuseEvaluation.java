package io.newsdesk.eval.reuse;

import io.newsdesk.core.dedup.MinHashReprintDetector;
import io.newsdesk.core.dedup.PassageReuseDetector;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Reprint;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.eval.SplitFigures;
import io.newsdesk.eval.data.EcbPlus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code newsdesk eval reuse}: plants passages and reprints in ECB+ articles (seeded) and measures how many
 * newsdesk finds. A planted passage is found when a detected passage links the same two articles and covers at
 * least half of it; a detected passage that touches a planted one is correct when it lies at least half inside
 * it. Direction is right when the detected origin is the article the passage was taken from. Passages found
 * between articles the generator did not touch are real reuse inside ECB+ (outlets copy the same agency copy);
 * they are counted and shown, not scored, since nobody labelled them.
 */
public final class ReuseEvaluation {

  /**
   * The split of this benchmark is by seed: the detectors' thresholds were tuned on corpora made with the dev seed
   * (7, the only seed used before the split); the test seeds were never looked at while tuning.
   */
  public static final List<Long> DEV_SEEDS = List.of(7L);
  public static final List<Long> TEST_SEEDS = List.of(1001L, 1002L, 1003L);
  private static final int SPLICES = 300;
  private static final int REPRINTS = 100;
  private static final double MIN_OVERLAP = 0.5;

  /** The figures of one run. */
  public record Result(int planted, int found, int detectedTouching, int correct, int rightDirection,
                       int unlabelled, double passagePrecision, double passageRecall, double direction,
                       double reprintPrecision, double reprintRecall, double reprintF1, double articlesPerSecond) {}

  private record Link(String first, Passage firstSpan, String copy, Passage copySpan) {}

  private final int showMisses;

  /** @param showMisses how many missed and wrong passages to print, for whoever tunes the detector */
  public ReuseEvaluation(int showMisses) {
    if (showMisses < 0) {
      throw new IllegalArgumentException("showMisses must not be negative: " + showMisses);
    }
    this.showMisses = showMisses;
  }

  public ReuseEvaluation() {
    this(0);
  }

  /**
   * Runs the benchmark made with each dev and each test seed and prints every seed's figures, the means of each
   * part side by side, and the last line with test_ and dev_ keys.
   */
  public void run(Path data, PrintWriter out) {
    List<EcbPlus.Article> ecb = EcbPlus.read(data);
    List<Result> dev = new ArrayList<>();
    for (long seed : DEV_SEEDS) {
      out.println("-- dev seed " + seed);
      dev.add(run(ecb, seed, out));
    }
    List<Result> test = new ArrayList<>();
    for (long seed : TEST_SEEDS) {
      out.println("-- test seed " + seed);
      test.add(run(ecb, seed, out));
    }
    out.printf("%-20s %10s %10s%n", "mean over seeds", "dev " + DEV_SEEDS, "test " + TEST_SEEDS);
    SplitFigures last = new SplitFigures("reuse");
    figure(out, last, "passage_precision", dev, test, Result::passagePrecision);
    figure(out, last, "passage_recall", dev, test, Result::passageRecall);
    figure(out, last, "direction", dev, test, Result::direction);
    figure(out, last, "reprint_precision", dev, test, Result::reprintPrecision);
    figure(out, last, "reprint_recall", dev, test, Result::reprintRecall);
    figure(out, last, "reprint_f1", dev, test, Result::reprintF1);
    last.addOther("articles_per_s", String.format(Locale.ROOT, "%.0f",
        mean(test, Result::articlesPerSecond)));
    out.println(last);
    out.flush();
  }

  private static void figure(PrintWriter out, SplitFigures last, String metric, List<Result> dev, List<Result> test,
                             java.util.function.ToDoubleFunction<Result> value) {
    double d = mean(dev, value);
    double t = mean(test, value);
    out.printf(Locale.ROOT, "%-20s %10.3f %10.3f  (test worst %.3f)%n", metric, d, t,
        test.stream().mapToDouble(value).min().orElse(Double.NaN));
    last.add(metric, d, t);
  }

  private static double mean(List<Result> results, java.util.function.ToDoubleFunction<Result> value) {
    return results.stream().mapToDouble(value).average().orElse(Double.NaN);
  }

  /** The benchmark made with one seed: its figures, printed and returned. */
  public Result run(Path data, long seed, PrintWriter out) {
    return run(EcbPlus.read(data), seed, out);
  }

  private Result run(List<EcbPlus.Article> ecb, long seed, PrintWriter out) {
    ReuseCorpus corpus = new ReuseCorpusGenerator(seed, SPLICES, REPRINTS).generate(ecb);
    out.printf("reuse: %d ECB+ articles, %d planted passages, %d planted reprints (seed %d)%n", ecb.size(),
        corpus.passages().size(), corpus.reprints().size(), seed);
    out.flush();

    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    long t0 = System.nanoTime();
    List<Document> docs = corpus.articles().stream().map(analyzer::analyze).toList();
    List<PassageReuseDetector.CopiedPassage> copied = new PassageReuseDetector().copies(docs);
    List<Reprint> reprints = new MinHashReprintDetector().detect(docs);
    double seconds = (System.nanoTime() - t0) / 1e9;

    Set<String> reprintIds = new HashSet<>();
    corpus.reprints().forEach(c -> reprintIds.add(c.copy()));
    List<Link> links = new ArrayList<>();
    for (PassageReuseDetector.CopiedPassage c : copied) {
      if (!reprintIds.contains(c.origin().articleId()) && !reprintIds.contains(c.copy().articleId())) {
        links.add(new Link(c.origin().articleId(), c.origin(), c.copy().articleId(), c.copy()));
      }
    }
    int found = 0;
    int rightDirection = 0;
    int shown = 0;
    java.util.Map<String, io.newsdesk.core.model.Article> byId = new java.util.HashMap<>();
    corpus.articles().forEach(a -> byId.put(a.id(), a));
    for (ReuseCorpus.Passage g : corpus.passages()) {
      boolean hit = false;
      for (Link l : links) {
        Passage targetSide = targetSide(l, g);
        if (targetSide != null && overlap(targetSide, g) >= MIN_OVERLAP * (g.end() - g.start())) {
          found++;
          hit = true;
          if (g.isSource(l.first())) {
            rightDirection++;
          } else if (shown++ < showMisses) {
            out.printf("  wrong direction %s -> %s (%s, %s): %s%n", l.first(), l.copy(),
                byId.get(l.first()).published(), byId.get(l.copy()).published(), shorten(l.copySpan().text()));
          }
          break;
        }
      }
      if (!hit && shown++ < showMisses) {
        out.printf("  missed %s -> %s: %s%n", g.source(), g.target(),
            byId.get(g.target()).text().substring(g.start(), g.end()));
      }
    }
    int touching = 0;
    int correct = 0;
    int unlabelled = 0;
    List<Link> examples = new ArrayList<>();
    for (Link l : links) {
      boolean touches = false;
      boolean right = false;
      for (ReuseCorpus.Passage g : corpus.passages()) {
        Passage targetSide = targetSide(l, g);
        boolean samePair = targetSide != null;
        Passage onTarget = l.copy().equals(g.target()) ? l.copySpan() : l.first().equals(g.target()) ? l.firstSpan() : null;
        if (samePair || onTarget != null && overlap(onTarget, g) > 0) {
          touches = true;
          Passage span = samePair ? targetSide : onTarget;
          if (samePair && overlap(span, g) >= MIN_OVERLAP * (span.end() - span.start())) {
            right = true;
          }
        }
      }
      // two articles that were both given text from one topic's agency story share it for real
      var plantedFirst = corpus.plantedAround(l.firstSpan());
      var plantedCopy = corpus.plantedAround(l.copySpan());
      if (plantedFirst.isPresent() && plantedCopy.isPresent()
          && plantedFirst.get().topic().equals(plantedCopy.get().topic())) {
        right = true;
      }
      if (touches) {
        touching++;
        correct += right ? 1 : 0;
        if (!right && shown++ < showMisses) {
          out.printf("  wrong %s -> %s: %s%n    in %s: %s%n", l.first(), l.copy(), shorten(l.copySpan().text()),
              l.first(), shorten(l.firstSpan().text()));
        }
      } else if (!corpus.planted().contains(l.first()) && !corpus.planted().contains(l.copy())) {
        unlabelled++;
        if (examples.size() < 3) {
          examples.add(l);
        }
      }
    }
    // reprints: a planted copy is rightly placed under its original or under an article the generator found was
    // already a near-copy of the original in ECB+
    java.util.Map<String, ReuseCorpus.Copy> plantedCopy = new java.util.HashMap<>();
    corpus.reprints().forEach(c -> plantedCopy.put(c.copy(), c));
    int plantedPairs = 0;
    int rightPairs = 0;
    Set<String> copiesFound = new HashSet<>();
    int naturalPairs = 0;
    int naturalClose = 0;
    for (Reprint r : reprints) {
      for (String c : r.copies()) {
        String planted = plantedCopy.containsKey(c) ? c : plantedCopy.containsKey(r.original()) ? r.original() : null;
        if (planted == null) {
          naturalPairs++;
          naturalClose += GoldText.bigramJaccard(GoldText.Text.of(byId.get(r.original()).text()),
              GoldText.Text.of(byId.get(c).text()))
              >= GoldText.NEAR_COPY_BIGRAM_JACCARD ? 1 : 0;
          continue;
        }
        plantedPairs++;
        String partner = planted.equals(c) ? r.original() : c;
        ReuseCorpus.Copy gold = plantedCopy.get(planted);
        if (partner.equals(gold.original()) || gold.nearCopies().contains(partner)) {
          rightPairs++;
          copiesFound.add(planted);
        }
      }
    }
    double rp = ratio(rightPairs, plantedPairs);
    double rr = ratio(copiesFound.size(), corpus.reprints().size());
    double rf = rp + rr == 0 ? 0 : 2 * rp * rr / (rp + rr);
    Result result = new Result(corpus.passages().size(), found, touching, correct, rightDirection, unlabelled,
        touching == 0 ? 0 : correct / (double) touching, ratio(found, corpus.passages().size()),
        ratio(rightDirection, found), rp, rr, rf, docs.size() / seconds);

    out.printf("passages: %d of %d planted found (recall %.3f); %d of %d detected passages touching them right "
        + "(precision %.3f); direction right for %d of %d (%.3f)%n", found, result.planted(), result.passageRecall(),
        correct, touching, result.passagePrecision(), rightDirection, found, result.direction());
    out.printf("reprints: %d of %d planted copies found (recall %.3f); %d of %d pairs with a planted copy right "
        + "(precision %.3f); F1 %.3f%n", copiesFound.size(), corpus.reprints().size(), rr, rightPairs, plantedPairs,
        rp, rf);
    out.printf("reprints found between untouched ECB+ articles (unlabelled): %d, of which %d at word-bigram "
        + "Jaccard >= %.2f%n", naturalPairs, naturalClose, GoldText.NEAR_COPY_BIGRAM_JACCARD);
    out.printf("reuse found between untouched ECB+ articles (unlabelled, not scored): %d%n", unlabelled);
    for (Link l : examples) {
      out.printf("  e.g. %s -> %s: %s%n", l.first(), l.copy(), shorten(l.copySpan().text()));
    }
    out.printf(Locale.ROOT, "seed %d: passage_precision=%.3f passage_recall=%.3f direction=%.3f "
            + "reprint_precision=%.3f reprint_recall=%.3f reprint_f1=%.3f articles_per_s=%.0f%n", seed,
        result.passagePrecision(), result.passageRecall(), result.direction(), rp, rr, rf,
        result.articlesPerSecond());
    out.flush();
    return result;
  }

  /** The link's span in the planted passage's target, when the link joins the passage's two articles. */
  private static Passage targetSide(Link l, ReuseCorpus.Passage g) {
    if (g.isSource(l.first()) && l.copy().equals(g.target())) {
      return l.copySpan();
    }
    if (l.first().equals(g.target()) && g.isSource(l.copy())) {
      return l.firstSpan();
    }
    return null;
  }

  private static int overlap(Passage p, ReuseCorpus.Passage g) {
    return Math.max(0, Math.min(p.end(), g.end()) - Math.max(p.start(), g.start()));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "…";
  }
}
