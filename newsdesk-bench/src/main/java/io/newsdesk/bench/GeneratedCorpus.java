package io.newsdesk.bench;

import io.newsdesk.core.model.Article;
import java.util.List;

/**
 * A generated corpus and the events it was written from.
 *
 * @param seed     the seed it was generated with; the same seed and size give the same corpus
 * @param articles the articles, in order of publication
 * @param events   the planted events, each with the ids of its articles
 */
public record GeneratedCorpus(long seed, List<Article> articles, List<PlantedEvent> events) {

  public GeneratedCorpus {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }

  /**
   * One event of the corpus.
   *
   * @param kind       what sort of event, e.g. "flood"
   * @param place      where, in the wire agencies' spelling
   * @param articleIds its articles, the wire agency's first report first
   */
  public record PlantedEvent(String id, String kind, String place, List<String> articleIds) {
    public PlantedEvent {
      articleIds = List.copyOf(articleIds);
    }
  }
}
