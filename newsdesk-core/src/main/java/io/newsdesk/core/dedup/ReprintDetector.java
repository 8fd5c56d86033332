package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Reprint;
import java.util.List;

/** Finds articles that are near-identical copies of one another. */
public interface ReprintDetector {
  List<Reprint> detect(List<Document> documents);
}
