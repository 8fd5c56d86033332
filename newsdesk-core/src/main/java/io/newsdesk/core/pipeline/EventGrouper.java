package io.newsdesk.core.pipeline;

import io.newsdesk.core.cluster.EventClusterer;
import io.newsdesk.core.dedup.ReprintDetector;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Reprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups documents into events: every document is clustered, since a copy links its original's neighbours as
 * well as the original does; then each copy follows its original into the original's event, so that a reprint
 * is never split from what it reprints.
 */
public final class EventGrouper {

  /** The events, each in time order with its copies, and the reprints found. */
  public record Grouping(List<List<Document>> events, List<Reprint> reprints) {
    public Grouping {
      events = List.copyOf(events);
      reprints = List.copyOf(reprints);
    }
  }

  private final ReprintDetector reprints;
  private final EventClusterer clusterer;

  public EventGrouper(ReprintDetector reprints, EventClusterer clusterer) {
    this.reprints = Objects.requireNonNull(reprints, "reprints");
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
  }

  public Grouping group(List<Document> documents) {
    List<Reprint> found = reprints.detect(documents);
    Map<String, Reprint> byOriginal = new HashMap<>();
    Set<String> copies = new HashSet<>();
    for (Reprint r : found) {
      byOriginal.put(r.original(), r);
      copies.addAll(r.copies());
    }
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    List<List<Document>> events = new ArrayList<>();
    for (List<Document> group : clusterer.cluster(documents)) {
      List<Document> members = new ArrayList<>(group.stream().filter(d -> !copies.contains(d.id())).toList());
      if (members.isEmpty()) {
        continue; // copies only: each joins its original's event
      }
      // a copy may be the original of a further copy: follow the chain
      for (int i = 0; i < members.size(); i++) {
        Reprint r = byOriginal.get(members.get(i).id());
        if (r != null) {
          r.copies().forEach(c -> members.add(byId.get(c)));
        }
      }
      members.sort(Document.IN_TIME_ORDER);
      events.add(members);
    }
    return new Grouping(events, found);
  }
}
