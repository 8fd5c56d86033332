package io.newsdesk.core.classify;

import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import java.util.List;

/** Says what kind of news each event is: its category, section and action. Implementations are thread-safe. */
public interface EventClassifier {

  /** One kind per event, in the order given. */
  List<EventKind> classify(List<Event> events);

  /** Gives no event a kind: for pipelines that do not want one. */
  EventClassifier NONE = events -> java.util.Collections.nCopies(events.size(), null);
}
