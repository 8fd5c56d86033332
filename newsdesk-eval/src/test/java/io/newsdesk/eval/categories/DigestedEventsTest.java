package io.newsdesk.eval.categories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.classify.Section;
import io.newsdesk.core.pipeline.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestedEventsTest {

  private static final String FLOOD = "Floods swept through the river towns of the valley on Tuesday, forcing thousands"
      + " of residents from their homes. Rescue teams used boats to reach families trapped on rooftops. The river"
      + " rose four metres in a day after a week of heavy rain, officials said.";
  private static final String MATCH = "The home side won the cup final 3-1 on Saturday after two late goals. Their"
      + " captain lifted the trophy in front of a full stadium. The coach said the season was the best in the club's"
      + " history.";

  @Test
  void anArticleIsClassifiedByTheTextOfTheEventTheDigestPutItIn(@TempDir Path dir) throws IOException {
    write(dir, "a.json", "Floods force thousands from valley homes", FLOOD, "world", 1);
    write(dir, "b.json", "Valley floods: thousands leave their homes", FLOOD + " Roads were closed.", "world", 1);
    write(dir, "c.json", "Home side wins the cup final", MATCH, "sports", 2);
    List<SectionArticle> articles = SectionArticle.read(dir);
    // the part of each story is fixed by the split; only articles of one part may share an event
    DigestedEvents events = DigestedEvents.of(dir, articles, Digest.standard());

    assertEquals(3, events.eventTextOfArticle().size());
    assertEquals(2, events.events());
    assertEquals(events.eventTextOfArticle().get(0), events.eventTextOfArticle().get(1));
    assertNotEquals(events.eventTextOfArticle().get(0), events.eventTextOfArticle().get(2));
    assertTrue(events.eventTextOfArticle().get(2).contains("cup final"), events.eventTextOfArticle().get(2));
    assertEquals(Section.SPORTS, articles.get(2).section());
  }

  @Test
  void accuracyAndMacroF1CountEverySectionThatIsGoldOrPredicted() {
    CategoriesEvaluation.Scores s = CategoriesEvaluation.Scores.of(
        List.of(Section.WORLD, Section.WORLD, Section.SPORTS, Section.BUSINESS),
        List.of(Section.WORLD, Section.SPORTS, Section.SPORTS, Section.SCIENCE));
    assertEquals(0.5, s.accuracy(), 1e-9);
    // world 2/3, sports 2/3, business 0, science 0
    assertEquals((2.0 / 3 + 2.0 / 3) / 4, s.macroF1(), 1e-9);
  }

  private static void write(Path dir, String file, String title, String text, String category, int story)
      throws IOException {
    String json = "{\"title\": \"" + title + "\", \"text\": \"" + text.replace("'", "\\u0027") + "\", "
        + "\"date_publish\": \"2018-03-0" + story + "T10:00:00\", \"source_domain\": \"example.org\", "
        + "\"url\": \"https://example.org/" + file + "\", "
        + "\"newsCluster\": {\"Category\": \"" + category + "\", \"EventId\": " + story + "}}";
    Files.writeString(dir.resolve(file), json);
  }
}
