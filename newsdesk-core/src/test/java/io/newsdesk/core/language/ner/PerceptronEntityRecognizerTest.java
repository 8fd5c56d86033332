package io.newsdesk.core.language.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.embed.OnnxEncoder;
import io.newsdesk.core.embed.WordEmbedder;
import io.newsdesk.core.language.PerceptronTagger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerceptronEntityRecognizerTest {

  private static final PlaceNames PLACES = name -> Set.of("Paris", "Rome", "Oslo", "Lima").contains(name);
  private static final PerceptronEntityRecognizer.Resources RESOURCES =
      PerceptronEntityRecognizer.Resources.placesOnly(PLACES);

  /** A toy language: "Mr X" is a person, "in Y" a place, "at Z Corp" an organisation. */
  private static List<LabelledSentence> toyCorpus() {
    String[] people = {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies"};
    String[] places = {"Paris", "Rome", "Oslo"};
    String[] firms = {"Acme", "Globex", "Initech", "Umbrella"};
    List<LabelledSentence> corpus = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      List<String> tokens = List.of("Mr", people[i % people.length], "works", "at", firms[i % firms.length], "Corp",
          "in", places[i % places.length], ".");
      corpus.add(new LabelledSentence("doc" + i, tokens, List.of(new EntitySpan(0, 2, EntityType.PER),
          new EntitySpan(4, 6, EntityType.ORG), new EntitySpan(7, 8, EntityType.LOC))));
      corpus.add(new LabelledSentence("doc" + i, List.of("the", "work", "is", "good", "."), List.of()));
    }
    return corpus;
  }

  @Test
  void learnsAToyPatternAndCarriesItToUnseenNames() {
    PerceptronEntityRecognizer model =
        PerceptronEntityRecognizer.train(toyCorpus(), 5, RESOURCES);
    assertEquals(List.of(new EntitySpan(0, 2, EntityType.PER), new EntitySpan(4, 6, EntityType.ORG),
            new EntitySpan(7, 8, EntityType.LOC)),
        model.recognize(List.of("Mr", "Miller", "works", "at", "Hooli", "Corp", "in", "Lima", ".")));
    assertEquals(List.of(), model.recognize(List.of("the", "work", "is", "good", ".")));
    assertEquals(List.of(), model.recognize(List.of()));
  }

  @Test
  void savesAndLoadsTheSameModelByteForByte() throws IOException {
    PerceptronEntityRecognizer model =
        PerceptronEntityRecognizer.train(toyCorpus(), 3, RESOURCES);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    model.write(first);
    PerceptronEntityRecognizer loaded =
        PerceptronEntityRecognizer.read(new ByteArrayInputStream(first.toByteArray()), 
            RESOURCES);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    loaded.write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    assertEquals(model.lists(), loaded.lists());
    List<String> sentence = List.of("Mr", "Jones", "works", "at", "Acme", "Corp", "in", "Rome", ".");
    assertEquals(model.recognize(sentence), loaded.recognize(sentence));
    // the same data trains the same model: training is deterministic
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    PerceptronEntityRecognizer.train(toyCorpus(), 3, RESOURCES).write(again);
    assertArrayEquals(first.toByteArray(), again.toByteArray());
  }

  @Test
  void harvestsNameListsFromTrainingNames() {
    NameLists lists = NameLists.harvest(toyCorpus());
    assertEquals(Set.of("mr"), lists.firstNames());
    assertEquals(Set.of("corp"), lists.organisationWords());
  }

  /**
   * Toy contextual vectors: a word's vector says what the word before it is ("Mr" before a person), as a language
   * model's vectors say how a word is used.
   */
  private static final WordEmbedder TOY_WORDS = new WordEmbedder() {
    @Override
    public int dimensions() {
      return 3;
    }

    @Override
    public float[][] embedWords(List<String> words) {
      float[][] v = new float[words.size()][3];
      for (int i = 1; i < words.size(); i++) {
        v[i][0] = words.get(i - 1).equals("Mr") ? 1 : 0;
        v[i][1] = words.get(i - 1).equals("in") ? 1 : 0;
        v[i][2] = words.get(i - 1).equals("at") ? 1 : 0;
      }
      return v;
    }
  };

  @Test
  void aModelTrainedWithWordVectorsKeepsItsProbeAndNeedsAnEmbedder() throws IOException {
    PerceptronEntityRecognizer.Resources withWords =
        new PerceptronEntityRecognizer.Resources(PLACES, WordClusters.none(), null, NameWords.none(), TOY_WORDS);
    PerceptronEntityRecognizer model = PerceptronEntityRecognizer.train(toyCorpus(), 3, withWords);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    model.write(first);
    PerceptronEntityRecognizer loaded =
        PerceptronEntityRecognizer.read(new ByteArrayInputStream(first.toByteArray()), withWords);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    loaded.write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    List<String> sentence = List.of("Mr", "Miller", "works", "at", "Hooli", "Corp", "in", "Lima", ".");
    assertEquals(List.of(new EntitySpan(0, 2, EntityType.PER), new EntitySpan(4, 6, EntityType.ORG),
        new EntitySpan(7, 8, EntityType.LOC)), loaded.recognize(sentence));
    // the model is larger than one trained without the vectors by its probe: 7 tags, 3 words of 3, and a bias
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    PerceptronEntityRecognizer.train(toyCorpus(), 3, RESOURCES).write(plain);
    assertTrue(first.size() > plain.size(), first.size() + " against " + plain.size());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> PerceptronEntityRecognizer.read(new ByteArrayInputStream(first.toByteArray()), RESOURCES));
    assertTrue(refused.getMessage().contains("word embedder"), refused.getMessage());
  }

  @Test
  void theShippedModelLoadsAndFindsNames() {
    try (OnnxEncoder words =
        new OnnxEncoder(PerceptronEntityRecognizer.WORD_VECTORS, PerceptronEntityRecognizer.WORD_PIECES, 1)) {
      PerceptronEntityRecognizer model =
          PerceptronEntityRecognizer.load(PLACES, WordClusters.load(), PerceptronTagger.load(), NameWords.load(),
              words);
      List<EntitySpan> found = model.recognize(List.of("Barack", "Obama", "visited", "Paris", "on", "Monday", "."));
      assertEquals(new EntitySpan(0, 2, EntityType.PER), found.get(0));
    }
  }

  @Test
  void namesAreTrimmedOfPunctuationAtTheirEnds() {
    List<String> tokens = List.of("in", "San", "Francisco", "..", "-", "x");
    assertEquals(List.of(new EntitySpan(1, 3, EntityType.LOC)), PerceptronEntityRecognizer.trimmed(tokens,
        List.of(new EntitySpan(1, 4, EntityType.LOC), new EntitySpan(4, 5, EntityType.PER))));
  }
}
