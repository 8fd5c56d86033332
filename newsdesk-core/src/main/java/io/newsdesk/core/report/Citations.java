package io.newsdesk.core.report;

import io.newsdesk.core.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered citations of one event: its i-th article is cited as [i], a link to that article's entry in the
 * card's list of sources.
 */
final class Citations {

  private final String eventId;
  private final Map<String, Integer> number = new HashMap<>();

  Citations(Event e) {
    eventId = e.id();
    for (int i = 0; i < e.articles().size(); i++) {
      number.put(e.articles().get(i).id(), i + 1);
    }
  }

  boolean cites(String articleId) {
    return number.containsKey(articleId);
  }

  /** The id of an article's entry in the list of sources, which its citations link to. */
  String anchor(String articleId) {
    return eventId + "-a" + number.get(articleId);
  }

  /** Citations of these articles, leaving out any that is not one of the event's. */
  List<CardView.Cite> of(List<String> articleIds) {
    return cite(articleIds, false);
  }

  /** The same, each also naming its article's id (shown on hover). */
  List<CardView.Cite> named(List<String> articleIds) {
    return cite(articleIds, true);
  }

  private List<CardView.Cite> cite(List<String> articleIds, boolean named) {
    List<CardView.Cite> out = new ArrayList<>(articleIds.size());
    for (String id : articleIds) {
      Integer n = number.get(id);
      if (n != null) {
        out.add(new CardView.Cite("#" + anchor(id), n, named ? id : null));
      }
    }
    return out;
  }
}
