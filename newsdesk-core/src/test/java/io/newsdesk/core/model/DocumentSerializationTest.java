package io.newsdesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.core.text.DocumentAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document shipped between machines (Java serialization) reads back equal to itself. */
class DocumentSerializationTest {

  private static final Article ARTICLE = new Article("a1", "wire.jsonl:1", null, "Flood in Misrata",
      Instant.parse("2025-03-03T07:45:00Z"), "Wire", "en",
      "Flash floods killed 12 people in Misrata on Monday. \"We lost everything,\" said a resident.\n\nRescuers "
          + "searched the mud for a second day.");

  @Test
  void analysedDocumentReadsBackEqual() throws Exception {
    Document d = new DocumentAnalyzer().analyze(ARTICLE);

    assertEquals(d, roundTrip(d));
  }

  @Test
  void sentencesThatAreNotPartOfTheTextAndOddTermsReadBackEqual() throws Exception {
    Document odd = new Document(ARTICLE, List.of(new Sentence(0, 0, 5, "other words")), List.of("a\u0000b", ""));
    Document oneEmptyTerm = new Document(ARTICLE, List.of(), List.of(""));
    Document noTerms = new Document(ARTICLE, List.of(), List.of());

    assertEquals(odd, roundTrip(odd));
    assertEquals(oneEmptyTerm, roundTrip(oneEmptyTerm));
    assertEquals(noTerms, roundTrip(noTerms));
  }

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
