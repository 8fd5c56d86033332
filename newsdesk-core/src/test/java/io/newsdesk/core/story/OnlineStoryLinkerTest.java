package io.newsdesk.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story level on the project's sample corpus: its six events and a recipe are unrelated, so each is a story of
 * its own; the Misrata flood, with half its coverage moved six weeks later (a follow-up, outside the event window),
 * is two events of one story.
 */
class OnlineStoryLinkerTest {

  private static final Path SAMPLES = Path.of("../samples");
  private static final String FLOOD = "libya-flood-misrata";
  private static final Duration LATER = Duration.ofDays(42);

  private static List<Article> samples;
  private static Map<String, String> planted;

  @BeforeAll
  static void read() throws IOException {
    List<Article> read = new ArrayList<>();
    CorpusReader.standard().read(List.of(SAMPLES), read::add);
    samples = List.copyOf(read);
    planted = new HashMap<>();
    List<String> lines = Files.readAllLines(SAMPLES.resolve("planted-events.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.split("\t");
        planted.put(f[1], f[0]);
      }
    }
  }

  /** The samples with every other flood article (in id order) published {@link #LATER}. */
  private static List<Article> withFloodFollowUp() {
    List<String> flood = samples.stream().map(Article::id).filter(id -> FLOOD.equals(planted.get(id))).sorted().toList();
    Set<String> moved = new HashSet<>();
    for (int i = 1; i < flood.size(); i += 2) {
      moved.add(flood.get(i));
    }
    return samples.stream().map(a -> moved.contains(a.id()) ? new Article(a.id(), a.source(), a.url(), a.title(),
        a.published().plus(LATER), a.outlet(), a.language(), a.text()) : a).toList();
  }

  @Test
  void unrelatedEventsAreStoriesOfTheirOwnAndEveryEventIsInOne() {
    DigestResult result = Digest.standard().digest(samples, Progress.NONE);
    assertEquals(7, result.events().size());
    assertEquals(7, result.stories().size(), result.stories().toString());
    assertEquals(result.events().stream().map(Event::id).collect(Collectors.toSet()),
        result.stories().stream().flatMap(s -> s.events().stream()).collect(Collectors.toSet()));
    for (Story s : result.stories()) {
      Event only = result.events().stream().filter(e -> e.id().equals(s.events().get(0))).findFirst().orElseThrow();
      assertEquals("st-" + only.id().substring(3), s.id(), "named after its first event");
      assertEquals(only.headline(), s.title());
      assertEquals(1, s.timeline().size());
      assertEquals(only.articles().size(), s.timeline().get(0).articles());
    }
  }

  @Test
  void aFollowUpWeeksLaterJoinsItsStory() {
    DigestResult result = Digest.standard().digest(withFloodFollowUp(), Progress.NONE);
    List<Event> flood = floodEvents(result.events());
    assertEquals(2, flood.size(), "the follow-up is an event of its own: " + result.events().size() + " events");
    assertEquals(7, result.stories().size());
    Story story = storyOf(result.stories(), flood.get(0));
    assertEquals(story, storyOf(result.stories(), flood.get(1)));
    assertEquals(2, story.events().size());
    assertTrue(story.places().contains("Misrata"), story.places().toString());
    assertTrue(story.timeline().get(0).date().isBefore(story.timeline().get(1).date()), "timeline in time order");
    assertTrue(Duration.between(story.start(), story.end()).compareTo(LATER) >= 0);
  }

  @Test
  void theStoryKeepsItsIdWhenTheFollowUpArrives() {
    DigestResult before = Digest.standard().digest(samples, Progress.NONE);
    DigestResult after = Digest.standard().digest(withFloodFollowUp(), Progress.NONE);
    Set<String> idsBefore = before.stories().stream().map(Story::id).collect(Collectors.toSet());
    Set<String> idsAfter = after.stories().stream().map(Story::id).collect(Collectors.toSet());
    assertEquals(idsBefore, idsAfter);
  }

  @Test
  void linksTheSameWhateverTheOrderEventsAreListedIn() {
    List<StoryLinker.EventDocuments> events = eventDocuments(withFloodFollowUp());
    StoryLinker linker = new OnlineStoryLinker(new OnlineStoryLinker.Settings(0.2, 0.4, 0.6, 0, Duration.ofDays(365)));
    List<Story> first = linker.link(events);
    List<StoryLinker.EventDocuments> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(first, linker.link(shuffled));
    assertTrue(first.stream().anyMatch(s -> s.events().size() == 2), "the flood's two events linked without embeddings");
  }

  @Test
  void aFastDecayKeepsEventsWeeksApartInStoriesOfTheirOwn() {
    List<StoryLinker.EventDocuments> events = eventDocuments(withFloodFollowUp());
    List<Story> stories = new OnlineStoryLinker(new OnlineStoryLinker.Settings(0.2, 0.4, 0.6, 0, Duration.ofDays(2)))
        .link(events);
    assertEquals(events.size(), stories.size());
    assertNotEquals(0, stories.size());
  }

  @Test
  void noEventsNoStories() {
    assertEquals(List.of(), new OnlineStoryLinker(
        new OnlineStoryLinker.Settings(0.2, 0.4, 0.6, 0, Duration.ofDays(365))).link(List.of()));
  }

  /** The digest's events with the documents they were made of. */
  private static List<StoryLinker.EventDocuments> eventDocuments(List<Article> articles) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    JunkLineFilter cleaner = new JunkLineFilter();
    Map<String, Document> docs = new HashMap<>();
    articles.forEach(a -> docs.put(a.id(), analyzer.analyze(cleaner.clean(a))));
    return Digest.standard().digest(articles, Progress.NONE).events().stream()
        .map(e -> new StoryLinker.EventDocuments(e, e.articles().stream().map(a -> docs.get(a.id())).toList()))
        .toList();
  }

  private static List<Event> floodEvents(List<Event> events) {
    return events.stream().filter(e -> e.articles().stream().allMatch(a -> FLOOD.equals(planted.get(a.id()))))
        .toList();
  }

  private static Story storyOf(List<Story> stories, Event e) {
    return stories.stream().filter(s -> s.events().contains(e.id())).findFirst().orElseThrow();
  }
}
