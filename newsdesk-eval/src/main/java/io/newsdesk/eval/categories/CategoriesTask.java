package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.EmbeddingEventClassifier;
import io.newsdesk.core.classify.Section;
import io.newsdesk.core.classify.SectionModel;
import io.newsdesk.core.embed.EventText;
import io.newsdesk.core.embed.MiniLmEmbedder;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.eval.EvalTask;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.SplitFigures;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsdesk eval categories}: the coarse section of news-cluster articles from MiniLM embeddings of title and
 * lead, trained on the dev stories and scored on the test stories, beside the majority section and a word list.
 */
public final class CategoriesTask implements EvalTask {

  @Override
  public String name() {
    return "categories";
  }

  @Override
  public String description() {
    return "coarse news section (world, business, technology, science, entertainment, sports) of news-cluster "
        + "articles, split by story: accuracy and macro-F1 beside the majority section and a keyword baseline";
  }

  @Override
  public void checkData(Path data) {
    Path d = Files.isDirectory(data.resolve("data")) ? data.resolve("data") : data;
    if (!Files.isDirectory(d)) {
      throw new IllegalArgumentException("no news-cluster data at " + data + " (want stories/news-cluster)");
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    List<SectionArticle> articles = SectionArticle.read(data);
    err.println("digesting " + articles.size() + " articles, each part alone ...");
    err.flush();
    long t0 = System.nanoTime();
    DigestedEvents events = DigestedEvents.of(data, articles, Digest.standard());
    double digestSeconds = (System.nanoTime() - t0) / 1e9;
    err.println("embedding " + articles.size() + " articles and " + events.events() + " events ...");
    err.flush();
    t0 = System.nanoTime();
    CategoriesEvaluation eval;
    try (MiniLmEmbedder embedder = new MiniLmEmbedder(EmbeddingEventClassifier.MAX_TOKENS,
        Runtime.getRuntime().availableProcessors())) {
      eval = CategoriesEvaluation.of(articles, events.eventTextOfArticle(), embedder);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    SectionModel.Training training = SectionModel.Training.DEFAULT;
    CategoriesEvaluation.PartFigures dev = eval.dev(training);
    CategoriesEvaluation.PartFigures test = eval.test(training);
    out.printf(Locale.ROOT, "news-cluster: %d articles, %d stories; split by story (Split.of(\"story/\" + EventId)):"
            + " dev %d articles in %d stories, test %d articles in %d stories%n", articles.size(),
        eval.stories(Split.Part.DEV) + eval.stories(Split.Part.TEST), dev.model().n(), eval.stories(Split.Part.DEV),
        test.model().n(), eval.stories(Split.Part.TEST));
    out.println("model: logistic regression over the cosines of the all-MiniLM-L6-v2 embedding of title and "
        + EventText.LEAD_SENTENCES + " lead sentences to the category descriptions (" + training
        + "); test: trained on every dev story; dev: leave one dev story out");
    out.printf(Locale.ROOT, "%-34s %-17s %-17s%n", "", "test acc / mF1", "dev acc / mF1");
    row(out, "newsdesk (embeddings + LR), events", test.model(), dev.model());
    row(out, "the same, each article alone", test.articlesAlone(), dev.articlesAlone());
    row(out, "majority section (" + test.majoritySection().label() + ")", test.majority(), dev.majority());
    row(out, "keyword baseline, events", test.keywords(), dev.keywords());
    row(out, "keyword baseline, each article", test.keywordsAlone(), dev.keywordsAlone());
    row(out, "descriptions alone, events", test.eventZeroShot(), dev.eventZeroShot());
    row(out, "descriptions alone, each article", test.zeroShot(), dev.zeroShot());
    out.println("confusion on test (gold -> predicted):");
    test.confusion().forEach((gold, row) -> out.println("  " + gold.label() + " -> " + labels(row)));
    out.println("confusion on dev (gold -> predicted):");
    dev.confusion().forEach((gold, row) -> out.println("  " + gold.label() + " -> " + labels(row)));
    out.printf(Locale.ROOT, "digest: %.1f s for %d articles into %d events; embedding: %.1f s%n", digestSeconds,
        articles.size(), events.events(), seconds);
    out.println(new SplitFigures(name())
        .add("accuracy", dev.model().accuracy(), test.model().accuracy())
        .add("macro_f1", dev.model().macroF1(), test.model().macroF1())
        .add("alone_accuracy", dev.articlesAlone().accuracy(), test.articlesAlone().accuracy())
        .add("majority_accuracy", dev.majority().accuracy(), test.majority().accuracy())
        .add("keyword_accuracy", dev.keywords().accuracy(), test.keywords().accuracy())
        .add("keyword_macro_f1", dev.keywords().macroF1(), test.keywords().macroF1())
        .add("keyword_alone_accuracy", dev.keywordsAlone().accuracy(), test.keywordsAlone().accuracy())
        .add("untrained_accuracy", dev.eventZeroShot().accuracy(), test.eventZeroShot().accuracy())
        .add("untrained_alone_accuracy", dev.zeroShot().accuracy(), test.zeroShot().accuracy())
        .add("articles", dev.model().n(), test.model().n()));
    out.flush();
  }

  private static void row(PrintWriter out, String name, CategoriesEvaluation.Scores test,
                          CategoriesEvaluation.Scores dev) {
    out.printf(Locale.ROOT, "%-34s %.3f / %.3f     %.3f / %.3f%n", name, test.accuracy(), test.macroF1(),
        dev.accuracy(), dev.macroF1());
  }

  private static String labels(Map<Section, Integer> row) {
    StringBuilder b = new StringBuilder();
    row.forEach((s, n) -> b.append(b.length() == 0 ? "" : ", ").append(s.label()).append(' ').append(n));
    return b.toString();
  }
}
