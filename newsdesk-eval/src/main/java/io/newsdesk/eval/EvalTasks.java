package io.newsdesk.eval;

import io.newsdesk.eval.categories.CategoriesTask;
import io.newsdesk.eval.clustering.ClusteringTask;
import io.newsdesk.eval.facts.FactsTask;
import io.newsdesk.eval.ner.NerTask;
import io.newsdesk.eval.geo.GeoTask;
import io.newsdesk.eval.extraction.ExtractionTask;
import io.newsdesk.eval.reuse.ReuseTask;
import io.newsdesk.eval.summary.SummaryTask;
import io.newsdesk.eval.syntax.SyntaxTask;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The evaluations newsdesk knows, by name. */
public final class EvalTasks {

  private final List<EvalTask> tasks;

  public EvalTasks(List<EvalTask> tasks) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("tasks must not be empty");
    }
    this.tasks = List.copyOf(tasks);
  }

  /** Every evaluation newsdesk has. */
  public static EvalTasks standard() {
    return new EvalTasks(List.of(new ExtractionTask(), new ClusteringTask(), new GeoTask(), new FactsTask(), new ReuseTask(),
        new SummaryTask(), new NerTask(), new SyntaxTask(), new CategoriesTask()));
  }

  public Optional<EvalTask> named(String name) {
    return tasks.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** "extraction, clustering": the names, for messages. */
  public String names() {
    return tasks.stream().map(EvalTask::name).collect(Collectors.joining(", "));
  }

  public List<EvalTask> all() {
    return tasks;
  }
}
