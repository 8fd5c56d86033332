package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.SectionModel;
import io.newsdesk.core.embed.EventText;
import io.newsdesk.core.embed.MiniLmEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The dev-only sweep that chose {@link EventText#LEAD_SENTENCES} and
 * {@link SectionModel.Training#DEFAULT}: leave-one-story-out accuracy and macro-F1 over the dev stories of
 * news-cluster for each lead length and setting, beside the descriptions alone. Never reads a test story's label.
 * Run: {@code java -cp newsdesk-cli/target/newsdesk.jar io.newsdesk.eval.categories.CategoriesSweep DIR}.
 */
public final class CategoriesSweep {

  private CategoriesSweep() {}

  public static void main(String[] args) {
    for (int[] setting : new int[][] {{1, 128}, {2, 128}, {3, 128}}) {
      int lead = setting[0];
      List<SectionArticle> articles = SectionArticle.read(Path.of(args[0]), lead);
      CategoriesEvaluation eval;
      try (MiniLmEmbedder embedder = new MiniLmEmbedder(setting[1], 2)) {
        eval = CategoriesEvaluation.ofArticles(articles, embedder);
      }
      for (double prior : new double[] {0, 20, 40, 100}) {
        for (double l2 : new double[] {1e-2, 1e-1, 1}) {
          SectionModel.Training t = new SectionModel.Training(l2, 300, 1, true, prior);
          CategoriesEvaluation.PartFigures dev = eval.dev(t);
          System.out.printf(Locale.ROOT, "lead sentences %d, %d tokens, %s dev accuracy %.3f macro-F1 %.3f (untrained %.3f)%n",
              lead, setting[1], t, dev.model().accuracy(), dev.model().macroF1(), dev.zeroShot().accuracy());
        }
      }
    }
  }
}
