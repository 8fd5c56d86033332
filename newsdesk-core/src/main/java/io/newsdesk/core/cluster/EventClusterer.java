package io.newsdesk.core.cluster;

import io.newsdesk.core.model.Document;
import java.util.List;

/** Groups documents into events. The same input in the same order always gives the same groups. */
public interface EventClusterer {

  /**
   * @param documents the documents in the order they arrived
   * @return the groups, each in time order, in the order their first document arrived
   */
  List<List<Document>> cluster(List<Document> documents);
}
