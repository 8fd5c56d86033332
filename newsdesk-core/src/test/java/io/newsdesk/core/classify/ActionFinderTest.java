package io.newsdesk.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.core.model.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionFinderTest {

  private final ActionFinder finder = ActionFinder.standard();

  private EventKind.Action find(String category, String... sentences) {
    List<ActionFinder.Candidate> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      candidates.add(new ActionFinder.Candidate(sentences[i], i == 0 ? 3 : 1, i == 0 ? null : "a" + i));
    }
    return finder.find(candidates, category);
  }

  @Test
  void aCaptureIsTakingTerritoryWithItsWordAndSentence() {
    EventKind.Action a = find(Category.ARMED_CONFLICTS.label(), "Syrian army captures Nassib border crossing with Jordan",
        "Dozens were killed in the fighting.");
    assertEquals("take territory", a.name());
    assertEquals("captures", a.trigger());
    assertEquals("Syrian army captures Nassib border crossing with Jordan", a.sentence());
    assertNull(a.article());
  }

  @Test
  void theCategoryReadsAWordThatHasTwoMeanings() {
    assertEquals("protest", find(Category.BUSINESS.label(), "Dockworkers end strike at the port").name());
    assertEquals("attack", find(Category.ARMED_CONFLICTS.label(), "Air strikes hit the port").name());
  }

  @Test
  void deathsGiveWayToWhatCausedThem() {
    assertEquals("natural disaster", find(Category.DISASTERS.label(), "Flash floods kill at least 12").name());
  }

  @Test
  void thePredicateSaysWhatHappenedNotEveryWordOfTheSentence() {
    String sentence = "Rebels captured the town on Sunday, days after protesters and striking workers demonstrated "
        + "in the capital.";
    List<ActionFinder.Candidate> one = List.of(new ActionFinder.Candidate(sentence, 1, "a1"));
    String category = Category.ARMED_CONFLICTS.label();
    // read whole, three words of protest outweigh one of capture
    assertEquals("protest", finder.find(one, category).name());
    ActionFinder byClause = ActionFinder.standard(
        new io.newsdesk.core.language.ClauseReader(io.newsdesk.core.language.PerceptronTagger.load()));
    EventKind.Action a = byClause.find(one, category);
    assertEquals("take territory", a.name(), "the main verb weighs most, the clause after the comma least");
    assertEquals("captured", a.trigger());
  }

  @Test
  void noTriggerNoAction() {
    assertNull(find(Category.ARTS.label(), "A spring lentil soup that tastes even better the next day"));
  }

  @Test
  void everyActionFitsAKnownCategory() {
    assertEquals(17, finder.names().size());
  }
}
