package io.newsdesk.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllUTest {

  static List<ConllU.Sentence> tiny() throws Exception {
    try (Reader in = new InputStreamReader(ConllUTest.class.getResourceAsStream("tiny.conllu"), StandardCharsets.UTF_8)) {
      return ConllU.read(in, "unnamed");
    }
  }

  @Test
  void readsSentencesOfWordsSkippingMultiwordTokensAndEmptyNodes() throws Exception {
    List<ConllU.Sentence> sentences = tiny();
    assertEquals(2, sentences.size());
    ConllU.Sentence first = sentences.get(0);
    assertEquals("doc_a", first.document());
    assertEquals("doc_a-1", first.comments().get("sent_id"));
    assertEquals("The cats sleep.", first.text());
    ConllU.Token cats = first.tokens().get(1);
    assertEquals(new ConllU.Token(2, "cats", "cat", "NOUN", "NNS", "Number=Plur", 3, "nsubj", "Entity=(1-animal-new)"),
        cats);
    assertEquals("(1-animal-new)", cats.miscValue("Entity"));
    assertNull(cats.miscValue("SpaceAfter"));
    ConllU.Sentence second = sentences.get(1);
    assertEquals(List.of("Do", "n't", "run", "."), second.forms(), "the multiword line and the empty node are skipped");
    assertEquals(0, second.tokens().get(2).head());
    assertEquals("doc_a", second.document(), "the document carries over until the next newdoc");
  }
}
