package io.newsdesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.bench.CorpusGenerator;
import io.newsdesk.bench.JsonlCorpusWriter;
import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentAnalyzer;
import io.newsdesk.eval.clustering.ClusterScores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On 20,000 generated articles over half a year, local Spark groups articles into the events of the
 * single-machine clustering, measured as B-cubed F1 of one against the other.
 */
class SparkDigestGeneratedCorpusTest {

  /** 20,000 in the default suite; {@code -Dnewsdesk.spark.articles=100000} measures a bigger corpus. */
  private static final int ARTICLES = Integer.getInteger("newsdesk.spark.articles", 20_000);

  @Test
  void groupsTwentyThousandArticlesAsOneMachineDoes(@TempDir Path dir) throws Exception {
    new JsonlCorpusWriter().write(new CorpusGenerator(7).generate(ARTICLES), dir);
    List<List<String>> single = singleMachineEvents(dir);

    // one-week blocks: some 26 blocks, each event near a border clustered across it
    SparkDigestSettings settings = new SparkDigestSettings(0.12, 3, 3, 120, 16L << 20, 7, 4);
    // the grouping alone: facts and summaries, which the sample test compares, would take minutes here
    List<List<String>> spark = new SparkDigest(settings).groups(LocalSpark.context(), List.of(dir.toString()));

    assertEquals(ARTICLES, spark.stream().mapToInt(List::size).sum());
    ClusterScores agreement = ClusterScores.agreement(spark, single);
    System.out.printf("Spark against one machine on %d generated articles: B3 F1 %.5f (%d events against %d)%n",
        ARTICLES, agreement.bcubedF1(), agreement.clusters(), agreement.events());
    assertTrue(agreement.bcubedF1() >= 0.99, "B3 F1 " + agreement.bcubedF1());
  }

  /** The events of the single-machine digest, as its clusterer groups the articles (facts and summaries aside). */
  private static List<List<String>> singleMachineEvents(Path dir) {
    List<Article> articles = new ArrayList<>();
    CorpusReader.standard().read(List.of(dir), articles::add);
    JunkLineFilter cleaner = new JunkLineFilter();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    List<Document> documents = articles.parallelStream().map(cleaner::clean).map(analyzer::analyze).toList();
    return new NeighbourGraphClusterer().cluster(documents).stream()
        .map(event -> event.stream().map(Document::id).toList())
        .toList();
  }
}
