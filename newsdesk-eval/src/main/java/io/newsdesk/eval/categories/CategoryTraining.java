package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.EmbeddingEventClassifier;
import io.newsdesk.core.classify.SectionModel;
import io.newsdesk.core.embed.MiniLmEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code newsdesk train categories}: the shipped {@link SectionModel}, trained on every labelled article of
 * news-cluster (dev and test stories alike: the evaluation trains its own model on the dev stories only, so its test
 * figure never sees a test story). Deterministic: the same data gives the same file byte for byte.
 */
public final class CategoryTraining {

  private CategoryTraining() {}

  public static void run(Path data, Path out, PrintWriter print) throws IOException {
    List<SectionArticle> articles = SectionArticle.read(data);
    CategoriesEvaluation eval;
    try (MiniLmEmbedder embedder = new MiniLmEmbedder(EmbeddingEventClassifier.MAX_TOKENS,
        Runtime.getRuntime().availableProcessors())) {
      eval = CategoriesEvaluation.ofArticles(articles, embedder);
    }
    List<Integer> all = IntStream.range(0, articles.size()).boxed().toList();
    SectionModel.Training training = SectionModel.Training.DEFAULT;
    SectionModel model = eval.train(all, training);
    long stories = articles.stream().map(SectionArticle::story).distinct().count();
    model.write(out, "newsdesk section model: logistic regression over MiniLM cosines to categories.tsv, trained by "
        + "newsdesk train categories on news-cluster (" + articles.size() + " articles, " + stories + " stories), "
        + training);
    double accuracy = eval.accuracy(model, all);
    print.printf(Locale.ROOT, "trained on %d articles in %d stories (%s); accuracy on them %.3f%n", articles.size(),
        stories, training, accuracy);
    print.println("wrote " + out);
    print.flush();
  }
}
