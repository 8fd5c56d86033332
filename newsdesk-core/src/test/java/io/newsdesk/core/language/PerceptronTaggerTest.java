package io.newsdesk.core.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTaggerTest {

  /** A toy language: a word after "the" is a noun, after "they" a verb, whatever the word. */
  private static List<ConllU.Sentence> toy() throws Exception {
    String[] nouns = {"dog", "cat", "fish", "bird", "horse", "cow", "run", "walk"};
    String[] verbs = {"run", "walk", "swim", "fly", "jump", "sing", "fish", "dog"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < nouns.length; i++) {
      text.append(line(1, "the", "the", "DET", "DT")).append(line(2, nouns[i], nouns[i], "NOUN", "NN"))
          .append(line(3, ".", ".", "PUNCT", ".")).append('\n');
      text.append(line(1, "they", "they", "PRON", "PRP")).append(line(2, verbs[i], verbs[i], "VERB", "VBP"))
          .append(line(3, ".", ".", "PUNCT", ".")).append('\n');
    }
    return ConllU.read(new StringReader(text.toString()), "toy");
  }

  private static String line(int id, String form, String lemma, String upos, String xpos) {
    return id + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t0\troot\t_\t_\n";
  }

  private static PerceptronTagger trainToy() throws Exception {
    return new PerceptronTrainer(new PerceptronTrainer.Options(5, 17L, 20, 0.97, 0.0, 2, 1)).train(toy(),
        List.of("toy"), null);
  }

  @Test
  void learnsATagFromItsContext() throws Exception {
    PerceptronTagger tagger = trainToy();
    assertEquals(List.of("DET", "NOUN", "PUNCT"), upos(tagger.tag(List.of("the", "run", "."))));
    assertEquals(List.of("PRON", "VERB", "PUNCT"), upos(tagger.tag(List.of("they", "fish", "."))));
    assertEquals("VBP", tagger.tag(List.of("they", "dog", ".")).get(1).xpos());
    assertEquals(List.of("toy"), tagger.trainingDocuments());
  }

  @Test
  void modelsOfSeveralShufflesMixIntoOne() throws Exception {
    PerceptronTagger mixed = new PerceptronTrainer(new PerceptronTrainer.Options(5, 17L, 20, 0.97, 0.0, 2, 3))
        .train(toy(), List.of("toy"), null);
    assertEquals(List.of("DET", "NOUN", "PUNCT"), upos(mixed.tag(List.of("the", "fish", "."))));
    assertEquals(List.of("PRON", "VERB", "PUNCT"), upos(mixed.tag(List.of("they", "cow", "."))));
  }

  @Test
  void aWrittenModelReadsBackTaggingAlike() throws Exception {
    PerceptronTagger tagger = trainToy();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tagger.write(bytes);
    PerceptronTagger read = PerceptronTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
    for (List<String> sentence : List.of(List.of("the", "cow", "."), List.of("they", "swim", "."),
        List.of("Unseen", "words", "here", "!"))) {
      assertEquals(tagger.tag(sentence), read.tag(sentence));
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    read.write(again);
    assertArrayEquals(bytes.toByteArray(), again.toByteArray(), "the same model writes the same bytes");
    ByteArrayOutputStream retrained = new ByteArrayOutputStream();
    trainToy().write(retrained);
    assertArrayEquals(bytes.toByteArray(), retrained.toByteArray(), "training is deterministic");
  }

  @Test
  void lemmatizesByRulesAndLearntExceptions() throws Exception {
    Lemmatizer lemmas = Lemmatizer.learn(ConllU.read(new StringReader(line(1, "went", "go", "VERB", "VBD")
        + line(2, "Cats", "cat", "NOUN", "NNS") + "\n"), "x"));
    assertEquals("go", lemmas.lemma("went", "VERB", "VBD"));
    assertEquals("go", lemmas.lemma("Went", "VERB", "VBD"));
    assertEquals(1, lemmas.exceptions().size(), "the rules already get 'cats' right");
    assertEquals("city", lemmas.lemma("cities", "NOUN", "NNS"));
    assertEquals("box", lemmas.lemma("boxes", "NOUN", "NNS"));
    assertEquals("walk", lemmas.lemma("walked", "VERB", "VBD"));
    assertEquals("stop", lemmas.lemma("stopping", "VERB", "VBG"));
    assertEquals("capture", lemmas.lemma("captured", "VERB", "VBN"));
    assertEquals("Paris", lemmas.lemma("Paris", "PROPN", "NNP"));
  }

  @Test
  void theShippedModelTagsASentence() {
    PerceptronTagger tagger = PerceptronTagger.load();
    List<PosTagger.TaggedWord> tagged = tagger.tag(List.of("The", "army", "captured", "the", "town", "on", "Friday",
        "."));
    assertEquals(List.of("DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"), upos(tagged));
    assertEquals("capture", tagged.get(2).lemma());
    assertTrue(tagger.featureCount() > 10_000);
  }

  private static List<String> upos(List<PosTagger.TaggedWord> tagged) {
    List<String> out = new ArrayList<>();
    tagged.forEach(t -> out.add(t.upos()));
    return out;
  }
}
