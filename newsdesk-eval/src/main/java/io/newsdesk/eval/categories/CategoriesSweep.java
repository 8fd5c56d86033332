package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.EmbeddingEventClassifier;
import io.newsdesk.core.classify.SectionModel;
import io.newsdesk.core.embed.MiniLmEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The dev-only sweep that chose {@link SectionModel.Training#DEFAULT}: leave-one-story-out accuracy and macro-F1 over
 * the dev stories of news-cluster for each setting. Never reads a test story's label.
 * Run: {@code java -cp newsdesk-cli/target/newsdesk.jar io.newsdesk.eval.categories.CategoriesSweep DIR}.
 */
public final class CategoriesSweep {

  private CategoriesSweep() {}

  public static void main(String[] args) {
    List<SectionArticle> articles = SectionArticle.read(Path.of(args[0]));
    CategoriesEvaluation eval;
    try (MiniLmEmbedder embedder = new MiniLmEmbedder(EmbeddingEventClassifier.MAX_TOKENS, 2)) {
      eval = CategoriesEvaluation.of(articles, embedder);
    }
    for (double prior : new double[] {0, 10, 20, 40}) {
      for (double rate : new double[] {1, 5}) {
        for (int iterations : new int[] {100, 300}) {
          for (double l2 : new double[] {1e-3, 1e-2, 1e-1, 1}) {
            SectionModel.Training t = new SectionModel.Training(l2, iterations, rate, true, prior);
            CategoriesEvaluation.Scores s = eval.dev(t).model();
            System.out.printf(Locale.ROOT, "%s dev accuracy %.3f macro-F1 %.3f%n", t, s.accuracy(), s.macroF1());
          }
        }
      }
    }
  }
}
