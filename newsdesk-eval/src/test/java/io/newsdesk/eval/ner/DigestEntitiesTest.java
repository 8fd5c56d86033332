package io.newsdesk.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.core.facts.EventFacts;
import io.newsdesk.core.facts.FactExtractor;
import io.newsdesk.core.language.ner.EntitySpan;
import io.newsdesk.core.language.ner.EntityType;
import io.newsdesk.core.language.ner.LabelledSentence;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestEntitiesTest {

  private static Entity entity(String name, io.newsdesk.core.model.EntityType type, String... variants) {
    return new Entity(name, type, List.of(variants), null, null, 1, List.of("a"));
  }

  @Test
  void scoresDistinctTypedNamesOfEachDocumentAsTheArticleReportsThem() {
    List<LabelledSentence> sentences = List.of(
        new LabelledSentence("d1", List.of("Bashar", "al-Assad", "visited", "Deraa", "."),
            List.of(new EntitySpan(0, 2, EntityType.PER), new EntitySpan(3, 4, EntityType.LOC))),
        new LabelledSentence("d1", List.of("Assad", "spoke", "to", "Reuters", "."),
            List.of(new EntitySpan(0, 1, EntityType.PER), new EntitySpan(3, 4, EntityType.ORG))),
        new LabelledSentence("d2", List.of("Amman", "'s", "mayor", "."),
            List.of(new EntitySpan(0, 1, EntityType.LOC))));
    List<String> texts = new ArrayList<>();
    // d1: the person with both spellings (2 right), Deraa as a person (wrong), Reuters typed other (no claim);
    // d2: Amman right, and a name gold does not hold
    FactExtractor facts = docs -> {
      Document d = docs.get(0);
      texts.add(d.article().text());
      return new EventFacts(d.article().text().contains("Amman")
          ? List.of(entity("Amman", io.newsdesk.core.model.EntityType.PLACE),
              entity("Mayor", io.newsdesk.core.model.EntityType.PERSON))
          : List.of(entity("Bashar al-Assad", io.newsdesk.core.model.EntityType.PERSON, "Assad"),
              entity("Deraa", io.newsdesk.core.model.EntityType.PERSON),
              entity("Reuters", io.newsdesk.core.model.EntityType.OTHER)),
          List.of(), List.of(), List.of());
    };
    DigestEntities.Scores s = DigestEntities.score(sentences, facts);
    assertEquals(5, s.reported());
    assertEquals(5, s.gold());
    assertEquals(3, s.right());
    assertEquals(0.6, s.f1(), 1e-9);
    assertEquals(2, texts.size()); // one article per document
    assertEquals("Bashar al-Assad visited Deraa.\n\nAssad spoke to Reuters.\n\n", texts.get(0));
    assertEquals("Amman's mayor.\n\n", texts.get(1));
  }
}
