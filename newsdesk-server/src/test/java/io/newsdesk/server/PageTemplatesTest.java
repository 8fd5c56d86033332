package io.newsdesk.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Entity;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.SummarySentence;
import io.newsdesk.core.store.EventSummary;
import io.newsdesk.core.store.Page;
import io.newsdesk.core.store.SearchHit;
import io.newsdesk.core.story.Story;
import io.newsdesk.server.pages.EventPage;
import io.newsdesk.server.pages.Pager;
import io.newsdesk.server.pages.SearchPage;
import io.newsdesk.server.pages.StoryList;
import io.newsdesk.server.pages.StoryPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages' templates escape what articles and readers write, wherever it lands: text, attributes, titles. */
class PageTemplatesTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

  private static final Event EVENT = new Event("ev-x", SCRIPT + " Dam bursts", Instant.parse("2025-03-25T10:00:00Z"),
      Instant.parse("2025-03-25T10:00:00Z"),
      List.of(new Article("a", "a", "javascript:alert(3)", SCRIPT + " Dam bursts", Instant.parse("2025-03-25T10:00:00Z"),
          "Post \"<b>\"", "en", "A dam burst near Derna.")),
      List.of(new SummarySentence("A dam burst near <i>Derna</i>.", List.of("a"))),
      List.of(new Entity("Derna\" onmouseover=\"alert(2)", EntityType.PLACE, List.of("Derna"), 32.77, 22.64, 1,
          List.of("a"))),
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  @Test
  void anEventPageShowsAScriptInATitleAsText() {
    String html = PageController.PAGES.render("event.jte", EventPage.of(EVENT, en -> "/entities/" + en.name(), null));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<title>" + ESCAPED + " Dam bursts — newsdesk</title>"), "the page's title");
    assertTrue(html.contains("<h1 class=\"headline\">" + ESCAPED + " Dam bursts</h1>"), "the card's headline");
    assertTrue(html.contains(ESCAPED + " Dam bursts</li>"), "the article's title in the timeline");
    assertTrue(html.contains("near &lt;i&gt;Derna&lt;/i&gt;."), "the summary");
    assertTrue(html.contains("<span class=\"who\">Post \"&lt;b&gt;\"</span>"), "the outlet in the timeline");
    assertTrue(html.contains("<a href=\"/entities/Derna&#34; onmouseover=&#34;alert(2)\" class=\"chip place\""),
        "no value breaks out of its attribute: " + html);
    assertFalse(html.contains("href=\"javascript:"), "only web addresses become links");
    assertTrue(html.contains("<figure class=\"map\">"), "a map of the place");
  }

  private static final Story STORY = new Story("st-x", SCRIPT + " Floods in Libya",
      Instant.parse("2025-03-25T10:00:00Z"), Instant.parse("2025-05-06T10:00:00Z"), List.of("ev-x"),
      List.of(), List.of(EVENT.entities().get(0).name()),
      List.of(new Story.Line("ev-x", Instant.parse("2025-03-25T10:00:00Z"), EVENT.headline(), 1)));

  @Test
  void aStoryPageShowsAScriptInItsTitleAsTextAndLinksItsEventsAndFeed() {
    String html = PageController.PAGES.render("story.jte",
        StoryPage.of(STORY, List.of(EVENT), en -> "/entities/" + en.name(), "/stories/st-x/feed.atom"));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<title>" + ESCAPED + " Floods in Libya — newsdesk</title>"), "the page's title");
    assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"&lt;script>alert(1)"
        + "&lt;/script> Floods in Libya\" href=\"/stories/st-x/feed.atom\">"),
        "the feed, announced in the head: " + html);
    assertTrue(html.contains("<h1 class=\"headline\">" + ESCAPED + " Floods in Libya</h1>"),
        "the story's title");
    assertTrue(html.contains("<span class=\"dates\">25 March 2025 – 6 May 2025</span> · 1 event · 1 article"),
        html);
    assertTrue(html.contains("<li class=\"story-event\"><span class=\"when\">25 Mar 2025</span> "
        + "<a class=\"headline\" href=\"/events/ev-x\">" + ESCAPED + " Dam bursts</a> "
        + "<span class=\"meta\">1 article</span></li>"), "the timeline links its event: " + html);
    assertTrue(html.contains("<a href=\"/entities/Derna&#34; onmouseover=&#34;alert(2)\" class=\"chip place\">"),
        "no name breaks out of its attribute: " + html);
    assertTrue(html.contains("<figure class=\"map\">"), "a map of the places its events name");
    assertTrue(html.contains("<a class=\"feed\" href=\"/stories/st-x/feed.atom\""), "a link to its feed");
  }

  @Test
  void theStoriesPageAndAnEventsStoryLinkShowAScriptInATitleAsText() {
    String list = PageController.PAGES.render("stories.jte", StoryList.of(List.of(STORY), 31,
        Pager.of("/stories", 0, 30, 31), s -> "/stories/" + s.id()));
    assertFalse(list.contains("<script>"), list);
    assertTrue(list.contains("<a class=\"headline\" href=\"/stories/st-x\">" + ESCAPED + " Floods in Libya</a>"), list);
    assertTrue(list.contains("31 stories"), list);
    assertTrue(list.contains("<a rel=\"next\" href=\"/stories?offset=30\">"), "paged: " + list);
    assertTrue(list.contains("<a href=\"/stories\">Stories</a>"), "the site's sections link the stories");
    String event = PageController.PAGES.render("event.jte", EventPage.of(EVENT, en -> "/entities/" + en.name(),
        new EventPage.StoryLink("/stories/st-x", STORY.title())));
    assertFalse(event.contains("<script>"), event);
    assertTrue(event.contains("<p class=\"story-link\">Part of the story: <a href=\"/stories/st-x\">" + ESCAPED
        + " Floods in Libya</a></p>"), event);
    assertFalse(PageController.PAGES.render("event.jte", EventPage.of(EVENT, en -> "/entities/" + en.name(), null))
        .contains("Part of the story"), "no story link for an event in no known story");
  }

  @Test
  void searchAndErrorPagesShowWhatTheReaderTypedAsText() {
    String words = "\"><script>alert(1)</script>";
    String html = PageController.PAGES.render("search.jte", SearchPage.of(words,
        new Page<EventSummary>(List.of(), 0, 0, 10), new Page<SearchHit>(List.of(), 0, 0, 10), null));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<h1>Search: \"&gt;" + ESCAPED + "</h1>"), html);
    assertTrue(html.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\""),
        "the search field keeps the words, inside its attribute: " + html);
    String error = PageController.errorPage(ApiException.notFound("There is no event " + SCRIPT + "."));
    assertFalse(error.contains("<script>"), error);
    assertTrue(error.contains("<h1>Not found</h1><p>There is no event " + ESCAPED + ".</p>"), error);
  }
}
