package io.newsdesk.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.eval.Split;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Giveme5W1H project's news_cluster set ({@code ../shared/data/stories/news-cluster}): news-please JSON
 * articles, each labelled with the story it follows ({@code newsCluster.EventId}), over days to years. Read at
 * run time; nothing of it is copied into newsdesk.
 */
public final class NewsCluster {

  /**
   * One article and its story.
   *
   * @param story the story's id ({@code newsCluster.EventId}), also the unit of the dev/test split: no article of
   *              a test story is seen while tuning
   */
  public record Article(io.newsdesk.core.model.Article article, String story) {
    public Split.Part part() {
      return Split.of(story);
    }
  }

  private NewsCluster() {}

  /** Every labelled article under {@code dir} (the folder that holds {@code data/}, or {@code data/}), by file name. */
  public static List<Article> read(Path dir) {
    List<Article> out = new ArrayList<>();
    Path data = Giveme5W1H.eachJson(dir, "the news_cluster set", (n, f) -> {
      JsonNode story = n.path("newsCluster").path("EventId");
      if (!story.isMissingNode() && !story.isNull()) {
        out.add(new Article(Giveme5W1H.newsPlease(n, f), story.asText()));
      }
    });
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no articles labelled with newsCluster.EventId in " + data);
    }
    return out;
  }
}
