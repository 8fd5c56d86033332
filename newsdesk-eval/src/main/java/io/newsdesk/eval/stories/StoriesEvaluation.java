package io.newsdesk.eval.stories;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.SinglePassClusterer;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.story.Story;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.clustering.AgglomerativeBaseline;
import io.newsdesk.eval.clustering.ClusterScores;
import io.newsdesk.eval.clustering.ClusteringEvaluation;
import io.newsdesk.eval.clustering.ClusteringEvaluation.LabelledDocument;
import io.newsdesk.eval.clustering.ClusteringSweep;
import io.newsdesk.eval.clustering.ClusteringSystem;
import io.newsdesk.eval.clustering.SeedRuns;
import io.newsdesk.eval.data.NewsCluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * {@code newsdesk eval stories}: the news_cluster set's articles digested as {@code newsdesk digest} digests them
 * (the same {@link Digest}, events and then stories), each article labelled with its story, and scored against the
 * set's story labels with B-cubed, per part of the {@link Split} (by story) and over the seeded arrival orders of
 * the clustering evaluation. Beside it, in the same run: newsdesk's events taken as stories (what grouping gave
 * before stories existed) and two TF-IDF baselines over articles, single-pass and average-link, each at the
 * threshold that scores best on the dev part, chosen here on dev alone and then run on test.
 */
public final class StoriesEvaluation {

  /** Stories run over months, some over a year: the single-pass baseline keeps every story open. */
  static final Duration BASELINE_WINDOW = Duration.ofDays(3650);
  static final List<Double> SINGLE_PASS_THRESHOLDS = ClusteringSweep.steps(0.04, 0.50, 0.02);
  static final List<Double> AVERAGE_LINK_THRESHOLDS = ClusteringSweep.steps(0.02, 0.40, 0.02);

  public void run(Path data, PrintWriter out, PrintWriter err) {
    List<LabelledDocument> docs = analyse(NewsCluster.read(data));
    out.printf("stories: %s, %d articles (%d dated), %d stories; split by story: %s; %s%n", data, docs.size(),
        docs.stream().filter(d -> d.document().article().published() != null).count(), stories(docs),
        describe(docs, Split.Part.DEV), describe(docs, Split.Part.TEST));
    out.println("each part digested on its own, once per seeded arrival order (publication order, ties shuffled)");
    out.flush();
    DigestLabels digest = new DigestLabels(Digest.standard());
    List<LabelledDocument> dev = part(docs, Split.Part.DEV);
    List<LabelledDocument> test = part(docs, Split.Part.TEST);

    Tuned singlePass = tune("tfidf-single-pass", SINGLE_PASS_THRESHOLDS, t -> ClusteringSystem.of("tfidf-single-pass",
        new SinglePassClusterer(t, BASELINE_WINDOW)), dev);
    Tuned averageLink = tune("tfidf-average-link", AVERAGE_LINK_THRESHOLDS, t -> ClusteringSystem.blind(
        "tfidf-average-link", new AgglomerativeBaseline(t)::cluster), dev);
    out.printf(Locale.ROOT, "baselines' thresholds chosen on dev (B3 F1, mean of the seeds): tfidf-single-pass %.2f "
        + "(%.3f), tfidf-average-link %.2f (%.3f)%n", singlePass.threshold(), singlePass.devF1(),
        averageLink.threshold(), averageLink.devF1());
    err.println("stories: digesting each part once per seed");
    err.flush();

    List<ClusteringSystem> systems = List.of(
        ClusteringSystem.blind("newsdesk-stories", digest::storyLabels),
        ClusteringSystem.blind("newsdesk-events", digest::eventLabels),
        singlePass.system(), averageLink.system());
    List<SeedRuns> devRuns = new ArrayList<>();
    List<SeedRuns> testRuns = new ArrayList<>();
    for (ClusteringSystem s : systems) {
      devRuns.add(ClusteringEvaluation.runs(dev, s, Split.Part.DEV));
      testRuns.add(ClusteringEvaluation.runs(test, s, Split.Part.TEST));
    }
    ClusteringEvaluation.print(devRuns, testRuns, out, "stories");
  }

  /** A baseline at the threshold that gave the best dev B-cubed F1 (the lowest such threshold on a tie). */
  private record Tuned(ClusteringSystem system, double threshold, double devF1) {}

  private static Tuned tune(String name, List<Double> thresholds, DoubleFunction<ClusteringSystem> at,
      List<LabelledDocument> dev) {
    Tuned best = null;
    for (double t : thresholds) {
      ClusteringSystem s = at.apply(t);
      double f1 = ClusteringEvaluation.runs(dev, s, Split.Part.DEV).mean(ClusterScores::bcubedF1);
      if (best == null || f1 > best.devF1()) {
        best = new Tuned(s, t, f1);
      }
    }
    return best;
  }

  /**
   * A digest's groups as labels, one digest per arrival order: the story system and the event system of one order
   * read the same digest.
   */
  static final class DigestLabels {
    private final Digest digest;
    /** By the articles themselves: every order numbers its articles a000000, a000001, ... alike. */
    private final Map<List<Article>, DigestResult> done = new HashMap<>();

    DigestLabels(Digest digest) {
      this.digest = digest;
    }

    DigestResult result(List<Document> arrived) {
      List<Article> articles = arrived.stream().map(Document::article).toList();
      return done.computeIfAbsent(articles, k -> digest.digest(articles, Progress.NONE));
    }

    List<String> storyLabels(List<Document> arrived) {
      Map<String, String> storyOfEvent = new HashMap<>();
      for (Story s : result(arrived).stories()) {
        s.events().forEach(e -> storyOfEvent.put(e, s.id()));
      }
      return labels(arrived, e -> storyOfEvent.get(e.id()));
    }

    List<String> eventLabels(List<Document> arrived) {
      return labels(arrived, Event::id);
    }

    private List<String> labels(List<Document> arrived, java.util.function.Function<Event, String> group) {
      Map<String, String> label = new HashMap<>();
      for (Event e : result(arrived).events()) {
        for (Article a : e.articles()) {
          label.put(a.id(), group.apply(e));
        }
      }
      // an article in no group (none is dropped today) stands alone rather than failing the run
      return arrived.stream().map(d -> label.getOrDefault(d.id(), "alone/" + d.id())).toList();
    }
  }

  /** Every article analysed once, as the digest analyses it (junk lines cleaned first). */
  static List<LabelledDocument> analyse(List<NewsCluster.Article> articles) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    return articles.stream()
        .map(a -> new LabelledDocument(analyzer.analyze(cleaner.clean(a.article())), a.story(), a.part()))
        .toList();
  }

  static List<LabelledDocument> part(List<LabelledDocument> docs, Split.Part part) {
    List<LabelledDocument> in = docs.stream().filter(d -> d.part() == part).toList();
    if (in.isEmpty()) {
      throw new IllegalArgumentException("no articles in the " + part.label() + " part");
    }
    return in;
  }

  private static long stories(List<LabelledDocument> docs) {
    return docs.stream().map(LabelledDocument::event).distinct().count();
  }

  private static String describe(List<LabelledDocument> docs, Split.Part part) {
    List<LabelledDocument> in = docs.stream().filter(d -> d.part() == part).toList();
    return String.format("%s %d articles, %d stories", part.label(), in.size(), stories(in));
  }
}
