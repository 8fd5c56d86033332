package io.newsdesk.core.story;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a story keeps of one of its events: its id, headline, dates, how many articles report it, and the names it
 * mentions; none of its facts or texts. Small and serialisable, so that a distributed digest can send it to where
 * every event meets.
 *
 * @param date when the event began: its own start, else its first article's publication; null when neither is known
 */
public record EventOutline(String id, String headline, Instant date, Instant end, int articles, List<Name> names)
    implements Serializable {

  /** A name the event mentions, whether it is a place, and how often the event mentions it. */
  public record Name(String name, boolean place, int mentions) implements Serializable {}

  public EventOutline {
    names = List.copyOf(names);
  }

  public static EventOutline of(Event e) {
    Instant date = e.start() != null ? e.start() : e.articles().stream().map(Article::published)
        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    return new EventOutline(e.id(), e.headline(), date, e.end(), e.articles().size(), e.entities().stream()
        .map((Entity en) -> new Name(en.name(), en.type() == EntityType.PLACE, en.mentions())).toList());
  }
}
