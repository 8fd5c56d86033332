package io.newsdesk.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.eval.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
    Path data = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
    ObjectMapper mapper = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = mapper.readTree(f.toFile());
        JsonNode story = n.path("newsCluster").path("EventId");
        if (!story.isMissingNode() && !story.isNull()) {
          out.add(new Article(Giveme5W1H.newsPlease(n, f), story.asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the news_cluster set at " + data, e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no articles labelled with newsCluster.EventId in " + data);
    }
    return out;
  }
}
