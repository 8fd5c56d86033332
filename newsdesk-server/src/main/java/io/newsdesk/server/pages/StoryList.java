package io.newsdesk.server.pages;

import io.newsdesk.core.story.Story;
import java.util.List;
import java.util.function.Function;

/**
 * The stories page ({@code stories.jte}): how many stories the store holds and a page of them, newest first by
 * their last event.
 */
public record StoryList(long total, List<Item> stories, Pager pager) {

  public StoryList {
    stories = List.copyOf(stories);
  }

  /**
   * A story in the list.
   *
   * @param meta   "4 events · 23 articles"
   * @param places its main places, "Daraa, Nassib" or null where it names none
   */
  public record Item(String href, String title, String dates, String meta, String places) {}

  /** @param storyHref the address of a story's page */
  public static StoryList of(List<Story> stories, long total, Pager pager,
      Function<Story, String> storyHref) {
    return new StoryList(total, stories.stream().map(s -> new Item(storyHref.apply(s), s.title(),
        StoryPage.dates(s.start(), s.end()), StoryPage.meta(s),
        s.places().isEmpty() ? null : String.join(", ", s.places()))).toList(), pager);
  }
}
