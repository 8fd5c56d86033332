package io.newsdesk.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssemblerTest {

  private static EventOutline event(String id, String date, List<EventOutline.Name> names) {
    return new EventOutline(id, "headline " + id, Instant.parse(date), null, 1, names);
  }

  @Test
  void theSpellingsOfOneNameCountAsOneMainName() {
    List<String> streets = List.of("Tripoli Street", "Port Road", "Zliten", "Souq", "Corniche");
    EventOutline first = event("ev-1", "2026-01-01T00:00:00Z", List.of(new EventOutline.Name("Misrata", true, 9),
        place(streets.get(0)), place(streets.get(1)), place(streets.get(2)), place(streets.get(3)),
        place(streets.get(4))));
    EventOutline second = event("ev-2", "2026-02-12T00:00:00Z", List.of(new EventOutline.Name("Misurata", true, 4),
        place(streets.get(0)), place(streets.get(1)), place(streets.get(2)), place(streets.get(3)),
        place(streets.get(4))));

    Story story = StoryAssembler.assemble(List.of(first, second));

    // named by both events, and the most mentioned: first, in the spelling first written
    assertEquals("Misrata", story.places().get(0), story.places().toString());
    assertEquals(StoryAssembler.MAIN_NAMES, story.places().size());
    assertEquals(1, story.places().stream().filter(p -> p.startsWith("Mis")).count(), story.places().toString());
  }

  private static EventOutline.Name place(String name) {
    return new EventOutline.Name(name, true, 1);
  }
}
