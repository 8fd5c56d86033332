package io.newsdesk.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseReaderTest {

  private static final ClauseReader READER = new ClauseReader(PerceptronTagger.load());

  @Test
  void theSubjectIsWhatStandsBeforeTheFirstFiniteVerb() {
    ClauseReader.Clause c = READER.read("Jordan's army has sent reinforcements to its northern border, officials said.",
        10).orElseThrow();
    assertEquals("Jordan's army", c.subject());
    assertTrue(c.predicate().startsWith("has sent reinforcements"), c.predicate());
  }

  @Test
  void participlesAndRelativeClausesAreNotTheMainVerb() {
    ClauseReader.Clause c = READER.read("Government forces backed by Russian air strikes took the crossing.", 10)
        .orElseThrow();
    assertEquals("Government forces backed by Russian air strikes", c.subject());
    ClauseReader.Clause r = READER.read("A man who survived the crash was taken to hospital.", 10).orElseThrow();
    assertEquals("A man", r.subject());
    assertTrue(r.predicate().startsWith("was taken"), r.predicate());
  }

  @Test
  void aShortPredicateStopsAtTheClauseAndNeverOnAWordThatOpensAPhrase() {
    ClauseReader.Clause c = READER.read("Rebels took the town after a long siege, officials said.", 10).orElseThrow();
    assertEquals("took the town after a long siege", c.predicate(10), "to the comma");
    assertEquals("took the town", c.predicate(5), "not \"took the town after a\"");
    assertEquals("took", c.predicate(1));
  }

  @Test
  void aShortPredicateDoesNotCutANameInHalf() {
    ClauseReader.Clause c = READER.read("The mayor thanked Maria Elena Rossi for her help.", 10).orElseThrow();
    assertEquals("thanked Maria Elena Rossi", c.predicate(3));
  }

  @Test
  void noFiniteVerbWithinReachIsNoClause() {
    assertTrue(READER.read("Six dead in the flood", 10).isEmpty());
    assertTrue(READER.read("Hello", 10).isEmpty());
  }

  @Test
  void aHeadlineTakesAPastParticipleOrAVerbInSBetweenNounsForItsVerb() {
    ClauseReader.Clause killed = READER.readHeadline("Nine killed as storm hits coast", 10).orElseThrow();
    assertEquals("Nine", killed.subject());
    assertEquals("killed as storm hits coast", killed.predicate(7));
    ClauseReader.Clause rams = READER.readHeadline("Suicide bomber rams truck into army base", 10).orElseThrow();
    assertEquals("Suicide bomber", rams.subject());
    assertTrue(rams.predicate(7).startsWith("rams truck"), rams.predicate(7));
    // the same words as prose are no clause: prose has no verb without its auxiliary
    assertTrue(READER.read("Nine killed in the storm", 10).isEmpty());
  }

  @Test
  void aTitleCasedHeadlineIsTaggedAsProseWouldWriteIt() {
    ClauseReader.Clause c = READER.readHeadline("Rebel Army Takes Control Of Border Crossing", 10).orElseThrow();
    assertEquals("Rebel Army", c.subject());
    assertEquals("Takes Control Of Border Crossing", c.predicate(7), "the headline's own characters");
    assertTrue(ClauseReader.titleCased(java.util.List.of("Rebel", "Army", "Takes", "Control", "Of", "Border")));
    assertTrue(!ClauseReader.titleCased(java.util.List.of("Donald", "Trump", "and", "Barack", "Obama", "meet")),
        "a lower-case word of four letters: prose with names");
    assertEquals(java.util.List.of("rebel", "army", "takes", "FBI", "of"),
        ClauseReader.sentenceCased(java.util.List.of("Rebel", "Army", "Takes", "FBI", "Of")));
  }

  @Test
  void theHeadlineTaggerFindsABareVerbAfterAPluralNoun() {
    ClauseReader.Clause c = ClauseReader.shipped().readHeadline("Rovers win league title after late goal", 10)
        .orElseThrow();
    assertEquals("Rovers", c.subject());
    assertTrue(c.predicate(6).startsWith("win league title"), c.predicate(6));
  }
}
