package io.newsdesk.eval.clustering;

import io.newsdesk.core.ingest.PublicationDates;
import io.newsdesk.core.model.Article;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.data.EcbPlus;
import io.newsdesk.eval.data.Giveme5W1H;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled event datasets: ECB+ (each topic folder holds two events, its {@code *ecb.xml} and its
 * {@code *ecbplus.xml} files), split by topic, and the Giveme5W1H gold set (field {@code category}), split by
 * event. Which one a folder holds is told by its contents.
 */
final class ClusteringDatasets {

  /**
   * A dataset's articles, in the reader's order (which follows file names, never labels).
   *
   * @param unit what the dev/test split goes by, for the printout
   */
  record Dataset(String unit, List<LabelledArticle> articles) {
    Dataset {
      articles = List.copyOf(articles);
    }
  }

  private ClusteringDatasets() {}

  static Dataset read(Path dir) {
    if (Files.isDirectory(dir.resolve("ECB+")) || dir.getFileName().toString().equals("ECB+")) {
      return ecbPlus(dir);
    }
    return giveme(dir);
  }

  /** Split by topic: a topic's two events are alike, and tuning on one of them would tell about the other. */
  private static Dataset ecbPlus(Path dir) {
    List<LabelledArticle> out = new ArrayList<>();
    for (EcbPlus.Article a : EcbPlus.read(dir)) {
      out.add(new LabelledArticle(asScraped(a), a.event(), Split.of(a.topic())));
    }
    return new Dataset("topic", out);
  }

  private static final int MAX_TITLE_WORDS = 16;
  private static final int HEAD_LINES = 4;

  /**
   * An ECB+ article as newsdesk would read the page it came from: many begin with their address, title and
   * date on lines of their own (the tokeniser split the address at every dot and slash).
   */
  static Article asScraped(EcbPlus.Article a) {
    List<String> lines = new ArrayList<>(a.sentences());
    String url = null;
    if (!lines.isEmpty() && lines.get(0).startsWith("http")) {
      url = lines.remove(0).replace(" ", "");
    }
    Instant published = null;
    for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
      if (PublicationDates.isDateline(lines.get(i))) {
        published = PublicationDates.findDate(lines.remove(i)).orElse(null);
        break;
      }
    }
    String title = null;
    if (url != null && !lines.isEmpty() && lines.get(0).split(" ").length <= MAX_TITLE_WORDS
        && !lines.get(0).endsWith(".")) {
      title = lines.remove(0);
    }
    return new Article(a.id(), "ecb+:" + a.id(), url, title, published, null, "en", String.join("\n", lines));
  }

  /**
   * Split by event. An article without an event is kept, as an event of its own (its split unit): leaving it out
   * would choose the input by the gold.
   */
  private static Dataset giveme(Path dir) {
    List<Giveme5W1H.Article> read = Giveme5W1H.read(dir);
    if (read.stream().noneMatch(Giveme5W1H.Article::labelled)) {
      throw new IllegalArgumentException("no labelled articles (ECB+ XML or Giveme5W1H JSON) in " + dir);
    }
    List<LabelledArticle> out = new ArrayList<>();
    for (Giveme5W1H.Article a : read) {
      out.add(new LabelledArticle(a.article(), a.splitUnit(), a.part()));
    }
    return new Dataset("event", out);
  }
}
