package io.newsdesk.server;

import io.newsdesk.core.cluster.NeighbourGraphClusterer;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.store.LuceneEventStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A writable store holding the project's sample corpus, for the server's tests. */
final class SampleStore {

  static final Path SAMPLES = Path.of("../samples");

  private SampleStore() {}

  static LuceneEventStore create(Path dir) throws IOException {
    LuceneEventStore store = LuceneEventStore.openWritable(dir, Digest.standard(),
        NeighbourGraphClusterer.DEFAULT_WINDOW);
    List<Article> articles = new ArrayList<>();
    CorpusReader.standard().read(List.of(SAMPLES), articles::add);
    store.add(articles);
    return store;
  }
}
