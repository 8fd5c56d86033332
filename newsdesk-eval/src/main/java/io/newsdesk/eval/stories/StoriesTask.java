package io.newsdesk.eval.stories;

import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code newsdesk eval stories}: events linked into stories, against the news_cluster set's story labels. */
public final class StoriesTask implements EvalTask {

  @Override
  public String name() {
    return "stories";
  }

  @Override
  public String description() {
    return "linking events into stories: story-level B-cubed F1 on the news_cluster set, dev and test, five arrival "
        + "orders, beside TF-IDF single-pass and average-link baselines tuned on dev";
  }

  @Override
  public void checkData(Path data) {
    Path json = Files.isDirectory(data.resolve("data")) ? data.resolve("data") : data;
    boolean any;
    try (var files = Files.list(json)) {
      any = files.anyMatch(p -> p.toString().endsWith(".json"));
    } catch (java.io.IOException e) {
      any = false;
    }
    if (!any) {
      throw new IllegalArgumentException(data + " holds no news_cluster set (a data/ folder of JSON files labelled "
          + "with newsCluster.EventId)");
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new StoriesEvaluation().run(data, out, err);
  }
}
