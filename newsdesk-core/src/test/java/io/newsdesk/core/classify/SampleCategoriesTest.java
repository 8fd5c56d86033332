package io.newsdesk.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.model.Event;
import io.newsdesk.core.model.EventKind;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kinds of the sample corpus's planted events (samples/README.md), with the shipped model. */
class SampleCategoriesTest {

  private static List<Event> events;

  @BeforeAll
  static void digest() {
    events = Digest.standard().run(List.of(Path.of("../samples")), Progress.NONE).events();
  }

  private static Event about(String word) {
    return events.stream().filter(e -> e.headline().toLowerCase(Locale.ROOT).contains(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no event about " + word + " in " + events.stream().map(Event::headline).toList()));
  }

  @Test
  void disastersPoliticsAndBusinessAreTheirCategories() {
    assertEquals(Category.DISASTERS.label(), about("flood").kind().category());
    assertEquals(Category.DISASTERS.label(), about("earthquake").kind().category());
    assertEquals(Category.DISASTERS.label(), about("fire").kind().category());
    assertEquals(Category.POLITICS.label(), about("council").kind().category());
    assertEquals(Category.BUSINESS.label(), about("rate").kind().category());
  }

  @Test
  void actionsComeWithTheirTriggerAndSentence() {
    EventKind.Action flood = about("flood").kind().action();
    assertNotNull(flood);
    assertEquals("natural disaster", flood.name());
    assertTrue(flood.sentence().toLowerCase(Locale.ROOT).contains(flood.trigger().toLowerCase(Locale.ROOT)));
    assertEquals("election", about("council").kind().action().name());
    assertEquals("rate or policy change", about("rate").kind().action().name());
  }

  @Test
  void everyEventHasACategoryOfItsSection() {
    for (Event e : events) {
      assertNotNull(e.kind(), e.headline());
      Category c = Category.parse(e.kind().category());
      assertNotNull(c, e.kind().category());
      assertTrue(c.sections().contains(Section.of(e.kind().section())), e.headline());
    }
  }
}
