package io.newsdesk.core.story;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import java.util.List;

/** Links events into stories. The same events always give the same stories, whatever order they are listed in. */
public interface StoryLinker {

  /** An event with the analysed documents it was built from (the linker compares their terms). */
  record EventDocuments(Event event, List<Document> documents) {
    public EventDocuments {
      if (documents.isEmpty()) {
        throw new IllegalArgumentException("event " + event.id() + " has no documents");
      }
      documents = List.copyOf(documents);
    }
  }

  /** @return the stories, newest first; every event given is in exactly one */
  List<Story> link(List<EventDocuments> events);
}
