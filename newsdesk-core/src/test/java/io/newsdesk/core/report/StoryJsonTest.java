package io.newsdesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.DigestResult;
import io.newsdesk.core.pipeline.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code events.json}'s stories: each event names a story of {@code stories[]}, which lists it back. */
class StoryJsonTest {

  @Test
  void everyEventNamesItsStoryAndEveryStoryItsEvents() throws Exception {
    DigestResult result = Digest.standard().run(List.of(Path.of("../samples")), Progress.NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EventJson().writeEvents(result.events(), result.stories(), out);
    JsonNode root = new ObjectMapper().readTree(out.toByteArray());

    Set<String> listed = new HashSet<>();
    for (JsonNode s : root.path("stories")) {
      s.path("events").forEach(e -> listed.add(s.path("id").asText() + "/" + e.asText()));
      assertEquals(s.path("events").size(), s.path("timeline").size());
      for (JsonNode line : s.path("timeline")) {
        assertEquals(4, line.size(), "date, event, headline, articles: " + line);
      }
      assertEquals(false, s.path("title").asText().isBlank());
    }
    Set<String> named = new HashSet<>();
    root.path("events").forEach(e -> named.add(e.path("story").asText() + "/" + e.path("id").asText()));
    assertEquals(listed, named);
    assertEquals(result.events().size(), named.size());
  }
}
