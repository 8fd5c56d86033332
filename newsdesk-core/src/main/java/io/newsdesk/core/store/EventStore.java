package io.newsdesk.core.store;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.story.Story;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Articles, the events made of them and the stories linking the events, kept on disk. Adding articles updates
 * the events they touch and relinks the stories; adding an article that is already stored, unchanged, changes
 * nothing. Story ids last as events join a story, as event ids do as articles join an event. A store opened read-only sees what a writer in
 * another process commits.
 */
public interface EventStore extends Closeable {

  /**
   * Stores the articles, durably, then brings the events of the time they cover up to date. Articles already
   * stored with the same content are left alone.
   *
   * @throws UnsupportedOperationException when the store was opened read-only
   */
  IngestResult add(List<Article> articles);

  /** Events newest first (or best first when searched by words alone), filtered by the query. */
  Page<Event> events(EventQuery query);

  /** Events matching the query newest first, also when searched by words: what a feed lists. */
  Page<Event> newestEvents(EventQuery query);

  /** The same events as {@link #events}, as lists show them: much cheaper to read. */
  Page<EventSummary> summaries(EventQuery query);

  Optional<Event> event(String id);

  /** The event's entry as {@code events.json} holds it, as UTF-8 JSON. */
  Optional<byte[]> eventJson(String id);

  /** Stories newest first by their last event, undated ones last. */
  Page<Story> stories(int offset, int limit);

  Optional<Story> story(String id);

  /** The id of the story an event is part of. */
  Optional<String> storyOf(String eventId);

  Optional<Article> article(String id);

  /** Articles newest first, undated ones last. */
  Page<Article> articles(int offset, int limit);

  /** The id of the event an article belongs to. */
  Optional<String> eventOf(String articleId);

  /** Articles whose title or text match the words, best first, each with its matching passages marked. */
  Page<SearchHit> search(String words, int offset, int limit);

  /** Counts of what the store holds. */
  Stats stats();

  boolean writable();

  /** Makes what a writer in another process committed since visible here. */
  void refresh();

  /**
   * The version of what readers see now: it changes whenever a commit becomes visible, and only then, so that
   * anything computed from the store may be kept while it stays the same.
   */
  long version();

  /** How many articles, events and stories a store holds. */
  record Stats(long articles, long events, long stories) {}
}
