package io.newsdesk.core.compare;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.Gazetteer;
import io.newsdesk.core.facts.RuleBasedFactExtractor;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.SourceComparison;
import io.newsdesk.core.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletComparerTest {

  private static final List<Document> EVENT = List.of(
      doc("a1", "Valley Post", "2025-04-02", "Army captures hill town from rebels",
          "Government troops captured the hill town of Korvat from rebels on Tuesday, the army said.\n"
              + "The United Nations says more than 12,000 people have fled the fighting around Korvat.\n"
              + "Rebels said they withdrew to spare civilians."),
      doc("b1", "Capital Herald", "2025-04-02", "Korvat liberated from jihadists",
          "Troops of the regime liberated Korvat from jihadists on Tuesday after a week of shelling.\n"
              + "Anti-government fighters left the town, the army said."),
      doc("b2", "Capital Herald", "2025-04-03", null,
          "Residents of Korvat returned on Wednesday as the jihadists withdrew to the hills."));

  private static SourceComparison compare() {
    EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(EVENT);
    List<SummarySentence> summary = List.of(new SummarySentence(
        "Government troops captured the hill town of Korvat from rebels on Tuesday, the army said.", List.of("a1", "b1")));
    return new OutletComparer().compare(EVENT, facts, summary);
  }

  @Test
  void setsEachOutletsLoadedWordsSideBySide() {
    SourceComparison c = compare();
    SourceComparison.Wording opponents = c.wording().stream().filter(w -> w.concept().equals("armed opponents"))
        .findFirst().orElseThrow();
    assertEquals(List.of("Valley Post", "Capital Herald"), opponents.uses().stream().map(SourceComparison.OutletWords::outlet).toList());
    assertEquals("rebel", opponents.uses().get(0).words().get(0).word());
    SourceComparison.WordUse jihadist = opponents.uses().get(1).words().get(0);
    assertEquals("jihadist", jihadist.word());
    assertEquals(3, jihadist.count(), "a title and two articles of one outlet add up");
    assertTrue(jihadist.loaded());
    assertTrue(c.wording().stream().anyMatch(w -> w.concept().equals("taking ground")));
  }

  @Test
  void aFigureOnlyOneOutletGivesIsSingleSourced() {
    SourceComparison c = compare();
    SourceComparison.Statement fled = c.singleSource().stream().filter(s -> s.text().contains("12,000")).findFirst()
        .orElseThrow();
    assertEquals(List.of("Valley Post"), fled.outlets());
  }

  @Test
  void whatEveryOutletStatesIsAgreed() {
    SourceComparison c = compare();
    assertTrue(c.agreed().stream().anyMatch(s -> s.text().startsWith("Government troops captured")), c.agreed().toString());
    assertTrue(c.agreed().stream().anyMatch(s -> s.text().startsWith("All name") && s.text().contains("Korvat")));
  }

  @Test
  void oneOutletHasNothingToCompare() {
    EventFacts facts = new RuleBasedFactExtractor(Gazetteer.countries()).extract(EVENT.subList(1, 3));
    assertEquals(SourceComparison.NONE, new OutletComparer().compare(EVENT.subList(1, 3), facts, List.of()));
  }

  @Test
  void hyphenatedWordsAreNotTheWordTheyContain() {
    LoadedWords words = LoadedWords.parse(List.of("# comment", "", "the government side\tgovernment\tno",
        "taking ground\tcapture\tno"));
    var counts = words.count("Anti-government fighters were captured; the government captures two towns.");
    assertEquals(1, counts.get("the government side").values().iterator().next());
    assertEquals(2, counts.get("taking ground").values().iterator().next());
    assertFalse(words.count("pro-government").containsKey("the government side"));
    assertThrows(IllegalArgumentException.class, () -> LoadedWords.parse(List.of("just two\tcolumns")));
  }

  @Test
  void phrasesMatchAcrossWhiteSpaceWithTheirEndingOnTheLastWord() {
    LoadedWords words = LoadedWords.parse(List.of("armed men\tarmed group\tyes", "armed men\tgunman\tno"));
    var counts = words.count("An Armed  Groups' attack, armed, group and armed-group fighters; gunmen.");
    assertEquals(1, counts.get("armed men").entrySet().stream().filter(e -> e.getKey().word().equals("armed group"))
        .findFirst().orElseThrow().getValue());
    assertFalse(counts.get("armed men").keySet().stream().anyMatch(w -> w.word().equals("gunman")),
        "'gunmen' is not gunman with an ending");
  }
}
