package io.newsdesk.server;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.store.LuceneEventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

/** A writable store holding the project's sample corpus, for the server's tests. */
final class SampleStore {

  static final Path SAMPLES = Path.of("../samples");

  private SampleStore() {}

  static LuceneEventStore create(Path dir) throws IOException {
    LuceneEventStore store = LuceneEventStore.openWritable(dir, Digest.standard(),
        NeighbourGraphClusterer.DEFAULT_WINDOW);
    store.add(articles());
    return store;
  }

  static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    CorpusReader.standard().read(List.of(SAMPLES), articles::add);
    return articles;
  }

  /**
   * Every other article of the Misrata flood (by id) published six weeks later: stored over the samples, a
   * follow-up event of its own, in the flood's story.
   */
  static List<Article> floodFollowUp() throws IOException {
    List<String> flood = new ArrayList<>();
    List<String> lines = Files.readAllLines(SAMPLES.resolve("planted-events.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length > 1 && f[0].equals("libya-flood-misrata")) {
        flood.add(f[1]);
      }
    }
    flood.sort(null);
    Set<String> moved = new HashSet<>();
    for (int i = 1; i < flood.size(); i += 2) {
      moved.add(flood.get(i));
    }
    return articles().stream().filter(a -> moved.contains(a.id()))
        .map(a -> new Article(a.id(), a.source(), a.url(), a.title(), a.published().plus(Duration.ofDays(42)),
            a.outlet(), a.language(), a.text()))
        .toList();
  }
}
