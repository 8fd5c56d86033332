package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Reuse;
import java.util.List;

/** Finds passages that articles of different outlets share. */
public interface ReuseDetector {
  List<Reuse> detect(List<Document> documents);
}
