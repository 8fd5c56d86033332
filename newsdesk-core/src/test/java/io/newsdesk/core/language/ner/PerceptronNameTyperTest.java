package io.newsdesk.core.language.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerceptronNameTyperTest {

  private static final PlaceNames PLACES = name -> Set.of("Paris", "Rome", "Oslo", "Lima").contains(name);

  /** "Mr X said" is a person, "in Y" a place, "X Corp" an organisation, a capitalised weekday no name. */
  private static List<LabelledSentence> toyCorpus() {
    String[] people = {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies"};
    String[] places = {"Paris", "Rome", "Oslo"};
    String[] firms = {"Acme", "Globex", "Initech", "Umbrella"};
    List<LabelledSentence> corpus = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      List<String> tokens = List.of("On", "Monday", "Mr", people[i % people.length], "said", firms[i % firms.length],
          "Corp", "opened", "in", places[i % places.length], ".");
      corpus.add(new LabelledSentence("doc" + i, tokens, List.of(new EntitySpan(2, 4, EntityType.PER),
          new EntitySpan(5, 7, EntityType.ORG), new EntitySpan(9, 10, EntityType.LOC))));
    }
    return corpus;
  }

  @Test
  void typesUnseenNamesByTheirWordsAndContext() {
    PerceptronNameTyper typer =
        PerceptronNameTyper.train(toyCorpus(), 5, PLACES, WordClusters.none(), NameWords.none());
    List<String> s = List.of("On", "Monday", "Mr", "Miller", "said", "Hooli", "Corp", "opened", "in", "Lima", ".");
    assertEquals(EntityType.PER, typer.read(s, 2, 4).type());
    assertEquals(EntityType.ORG, typer.read(s, 5, 7).type());
    assertEquals(EntityType.LOC, typer.read(s, 9, 10).type());
    NameTyper.Reading weekday = typer.read(s, 1, 2);
    assertNull(weekday.type(), "a weekday is no name");
    assertTrue(weekday.margin() > 0);
    assertEquals(typer.readAll(List.of(new NameTyper.Name(s, 9, 10))).get(0), typer.read(s, 9, 10));
  }

  @Test
  void aNameTrainingNeverSawIsAPersonWhenThePeopleListKnowsIt() {
    // people and places in the same context: only the list of people's names tells them apart
    String[] people = {"Smith", "Jones", "Brown", "Taylor"};
    String[] towns = {"Kelport", "Norland", "Vessby", "Orrin"};
    List<LabelledSentence> corpus = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean person = i % 2 == 0;
      String name = person ? people[i / 2 % people.length] : towns[i / 2 % towns.length];
      corpus.add(new LabelledSentence("doc" + i, List.of("They", "saw", name, "again", "."),
          List.of(new EntitySpan(2, 3, person ? EntityType.PER : EntityType.LOC))));
    }
    NameWords names = new NameWords(Set.of("smith", "jones", "brown", "taylor", "okafor"), Set.of());
    PerceptronNameTyper typer = PerceptronNameTyper.train(corpus, 5, PlaceNames.none(), WordClusters.none(), names);
    assertEquals(EntityType.PER, typer.read(List.of("They", "saw", "Okafor", "again", "."), 2, 3).type());
    assertEquals(EntityType.LOC, typer.read(List.of("They", "saw", "Tarvik", "again", "."), 2, 3).type());
  }

  @Test
  void aNameInCapitalsIsNoPersonButStaysAName() {
    // every name before "said" is a person's; organisations are met elsewhere
    String[] people = {"Smith", "Jones", "Brown", "Taylor"};
    String[] firms = {"Acme", "Globex"};
    List<LabelledSentence> corpus = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      corpus.add(i % 4 != 0
          ? new LabelledSentence("doc" + i, List.of("Later", people[i % people.length], "said", "so", "."),
              List.of(new EntitySpan(1, 2, EntityType.PER)))
          : new LabelledSentence("doc" + i, List.of("They", "work", "at", firms[i / 4 % firms.length], "Corp", "."),
              List.of(new EntitySpan(3, 5, EntityType.ORG))));
    }
    PerceptronNameTyper typer = PerceptronNameTyper.train(corpus, 5, PlaceNames.none(), WordClusters.none(),
        NameWords.none());
    assertEquals(EntityType.PER, typer.read(List.of("Later", "Sana", "said", "so", "."), 1, 2).type());
    NameTyper.Reading acronym = typer.read(List.of("Later", "SANA", "said", "so", "."), 1, 2);
    assertTrue(acronym.type() != EntityType.PER && acronym.type() != null, acronym.toString());
    // a sentence in capitals says nothing of its names' spelling; two capitals are too few to tell
    assertTrue(!PerceptronNameTyper.isAcronym(List.of("LATER", "SANA", "SAID", "SO", "."), 1, 2));
    assertTrue(!PerceptronNameTyper.isAcronym(List.of("Later", "AL", "said"), 1, 2));
    assertTrue(PerceptronNameTyper.isAcronym(List.of("Later", "U.S.A.", "said"), 1, 2));
  }

  @Test
  void theShippedNameWordsLoad() {
    NameWords names = NameWords.load();
    assertTrue(names.size() > 30_000, "size " + names.size());
    assertTrue(names.isPersonWord("maria"));
    assertTrue(names.isCompanyWord("comcast"));
    assertTrue(!names.isPersonWord("the") && !names.isCompanyWord("the"));
  }

  @Test
  void examplesAreTheGoldNamesAndTheOtherCapitalisedRuns() {
    List<PerceptronNameTyper.Example> examples = PerceptronNameTyper.examples(toyCorpus().subList(0, 1));
    // three names, and "Monday" ("On" opens the sentence and is one word: skipped)
    assertEquals(4, examples.size());
    assertEquals(1, examples.stream().filter(e -> e.type() == null).count());
  }

  @Test
  void savesAndLoadsTheSameModelAndTrainsDeterministically() throws IOException {
    PerceptronNameTyper typer =
        PerceptronNameTyper.train(toyCorpus(), 3, PLACES, WordClusters.none(), NameWords.none());
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    typer.write(first);
    PerceptronNameTyper loaded = PerceptronNameTyper.read(new ByteArrayInputStream(first.toByteArray()), PLACES,
        WordClusters.none(), NameWords.none());
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    loaded.write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    PerceptronNameTyper.train(toyCorpus(), 3, PLACES, WordClusters.none(), NameWords.none()).write(again);
    assertArrayEquals(first.toByteArray(), again.toByteArray());
  }

  @Test
  void theShippedModelLoads() {
    // read with places, as the digest reads it: "London" is also a family name in the list of people's names
    PlaceNames places = name -> name.equals("London");
    PerceptronNameTyper shipped = PerceptronNameTyper.load(places, WordClusters.load(), NameWords.load());
    assertTrue(shipped.featureCount() > 1000);
    List<String> s = List.of("Officials", "said", "John", "Smith", "flew", "to", "London", "on", "Tuesday", ".");
    assertEquals(EntityType.PER, shipped.read(s, 2, 4).type());
    assertEquals(EntityType.LOC, shipped.read(s, 6, 7).type());
  }
}
