package io.newsdesk.core.language.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerReadersTest {

  @Test
  void readsIob2SentencesWithTheirDocuments() throws IOException {
    String text = """
        # newdoc id = doc-a
        # sent_id = doc-a-0001
        1\tI\tO\t-\t-
        2\tlive\tO\t-\t-
        3\tin\tO\t-\t-
        4\ttampa\tB-LOC\t-\t-
        5\tbay\tI-LOC\t-\t-

        # sent_id = doc-a-0002
        1\tJohn\tB-PER\t-\t-
        2\tworks\tO\t-\t-
        3\tat\tO\t-\t-
        4\tIBM\tB-ORG\t-\t-

        # newdoc id = doc-b
        1\tHi\tO\t-\t-
        """;
    List<LabelledSentence> read = Iob2Reader.read(new StringReader(text), "none");
    assertEquals(3, read.size());
    assertEquals(List.of("I", "live", "in", "tampa", "bay"), read.get(0).tokens());
    assertEquals(List.of(new EntitySpan(3, 5, EntityType.LOC)), read.get(0).spans());
    assertEquals(List.of(new EntitySpan(0, 1, EntityType.PER), new EntitySpan(3, 4, EntityType.ORG)),
        read.get(1).spans());
    assertEquals(List.of("doc-a", "doc-a", "doc-b"), read.stream().map(LabelledSentence::document).toList());
  }

  private static String row(int id, String word, String upos, String misc) {
    return row(id, word, upos, 0, "dep", misc);
  }

  private static String row(int id, String word, String upos, int head, String deprel, String misc) {
    return id + "\t" + word + "\t_\t" + upos + "\t_\t_\t" + head + "\t" + deprel + "\t_\t" + misc + "\n";
  }

  private static String plural(int id, String word, String misc) {
    return id + "\t" + word + "\t_\tPROPN\tNNPS\tNumber=Plur\t0\tdep\t_\t" + misc + "\n";
  }

  @Test
  void readsGumNamedMentionsKeepingTheOutermostName() throws IOException {
    String text = "# newdoc id = GUM_news_test\n"
        + row(1, "The", "DET", "Entity=(1-organization-new-x-x-1-sgl")
        + row(2, "University", "PROPN", "_")
        + row(3, "of", "ADP", "_")
        + row(4, "Sydney", "PROPN", "Entity=(2-place-new-x-x-1-sgl)1)")
        + row(5, "hired", "VERB", "_")
        + row(6, "Australian", "ADJ", "Entity=(3-person-new-x-x-1-sgl")
        + row(7, "children", "NOUN", "Entity=3)")
        + row(8, "and", "CCONJ", "_")
        + row(9, "Kevin", "PROPN", "Entity=(4-person-new-x-x-1-sgl")
        + row(10, "Rudd", "PROPN", "Entity=4)|SpaceAfter=No")
        + row(11, "on", "ADP", "_")
        + row(12, "Monday", "PROPN", "Entity=(5-time-new-x-x-1-sgl)")
        + "\n"
        + row(1, "Coase", "PROPN", "Entity=(6-person-new-x-x-1-sgl(7-person-new-x-x-1-sgl)")
        + row(2, "and", "CCONJ", "_")
        + row(3, "North", "PROPN", "Entity=(8-person-new-x-x-1-sgl)6)")
        + row(4, "spoke", "VERB", "_")
        + "\n"
        + row(1, "Mathematician", "NOUN", "Entity=(9-person-new-x-x-1-sgl")
        + row(2, "Hermann", "PROPN", "_")
        + row(3, "Weyl", "PROPN", "Entity=9)")
        + row(4, "visited", "VERB", "_")
        + row(5, "New", "ADJ", "Entity=(10-place-new-x-x-1-sgl")
        + row(6, "York", "PROPN", "_")
        + row(7, "City", "PROPN", "Entity=10)")
        + row(8, "and", "CCONJ", "_")
        + row(9, "wikiHow", "PROPN", "Entity=(11-organization-new-x-x-1-sgl)")
        + "\n"
        + row(1, "a", "DET", "Entity=(12-person-new-x-x-1-sgl")
        + row(2, "Texas", "PROPN", "_")
        + row(3, "man", "NOUN", "Entity=12)")
        + row(4, "served", "VERB", "_")
        + row(5, "in", "ADP", "_")
        + row(6, "Japan", "PROPN", "Entity=(13-place-new-x-x-1-sgl")
        + row(7, ",", "PUNCT", "_")
        + row(8, "where", "ADV", "_")
        + row(9, "he", "PRON", "Entity=(14-person-giv-x-x-1-sgl)")
        + row(10, "fought", "VERB", "Entity=13)")
        + "\n"
        + row(1, "the", "DET", "Entity=(15-organization-new-x-x-1-sgl")
        + row(2, "community", "NOUN", "_")
        + row(3, "at", "ADP", "_")
        + row(4, "Tabennese", "PROPN", "Entity=(16-place-new-x-x-1-sgl)15)")
        + row(5, "grew", "VERB", "_")
        + row(6, "as", "ADP", "_")
        + row(7, "Alvin", "PROPN", "Entity=(17-person-new-x-x-1-sgl")
        + row(8, "Yeung", "PROPN", "_")
        + row(9, "from", "ADP", "_")
        + row(10, "the", "DET", "Entity=(18-organization-new-x-x-1-sgl")
        + row(11, "Civic", "PROPN", "_")
        + row(12, "Party", "PROPN", "Entity=18)17)")
        + row(13, "and", "CCONJ", "_")
        + row(14, "the", "DET", "Entity=(19-organization-new-x-x-1-sgl")
        + row(15, "Bank", "PROPN", "_")
        + row(16, "of", "ADP", "_")
        + row(17, "America", "PROPN", "Entity=(20-place-new-x-x-1-sgl)19)")
        + row(18, "spoke", "VERB", "_")
        + "\n"
        + row(1, "President", "PROPN", 2, "nmod:desc", "Entity=(21-person-new-x-x-1-sgl")
        + row(2, "Barack", "PROPN", 4, "nsubj", "_")
        + row(3, "Obama", "PROPN", 2, "flat", "Entity=21)")
        + row(4, "visited", "VERB", 0, "root", "_")
        + row(5, "Emperor", "PROPN", 6, "nmod:desc", "Entity=(22-place-new-x-x-1-sgl")
        + row(6, "Norton", "PROPN", 7, "compound", "_")
        + row(7, "Bridge", "PROPN", 4, "obj", "Entity=22)")
        + row(8, "with", "ADP", "_")
        + row(9, "DAB", "PROPN", 0, "dep", "Entity=(23-person-new-x-x-1-sgl(24-organization-new-x-x-1-sgl")
        + row(10, "'s", "PART", "Entity=24)")
        + row(11, "Ben", "PROPN", "_")
        + row(12, "Chan", "PROPN", "Entity=23)")
        + row(13, "and", "CCONJ", "_")
        + row(14, "King", "PROPN", 0, "dep", "Entity=(25-organization-new-x-x-1-sgl")
        + row(15, "'s", "PART", "_")
        + row(16, "College", "PROPN", "Entity=25)")
        + "\n"
        + row(1, "The", "DET", "Entity=(26-person-new-x-x-1-sgl")
        + row(2, "Tsar", "PROPN", "Entity=26)")
        + row(3, "sent", "VERB", "_")
        + row(4, "the", "DET", "Entity=(27-person-new-x-x-1-sgl")
        + plural(5, "Russians", "Entity=27)")
        + row(6, "and", "CCONJ", "_")
        + plural(7, "Tatars", "Entity=(28-person-new-x-x-1-sgl)")
        + row(8, "with", "ADP", "_")
        + row(9, "the", "DET", "Entity=(29-person-new-x-x-1-sgl")
        + row(10, "Marquis", "PROPN", "_")
        + row(11, "de", "PROPN", "_")
        + row(12, "Lafayette", "PROPN", "Entity=29)")
        + "\n";
    List<LabelledSentence> read = GumEntityReader.read(new StringReader(text), "file");
    assertEquals(7, read.size());
    assertEquals("GUM_news_test", read.get(0).document());
    // the determiner is trimmed, the nested place is inside the organisation, "Australian children" is no name,
    // and times are not a kept type
    assertEquals(List.of(new EntitySpan(1, 4, EntityType.ORG), new EntitySpan(8, 10, EntityType.PER)),
        read.get(0).spans());
    // a group mention joined by "and" gives way to the names inside it
    assertEquals(List.of(new EntitySpan(0, 1, EntityType.PER), new EntitySpan(2, 3, EntityType.PER)),
        read.get(1).spans());
    // a role before the name is no part of it; GUM tags "New" an adjective; a proper noun may start in lower case
    assertEquals(List.of(new EntitySpan(1, 3, EntityType.PER), new EntitySpan(4, 7, EntityType.LOC),
        new EntitySpan(8, 9, EntityType.ORG)), read.get(2).spans());
    // a name that modifies the mention's noun is none of it; a mention goes on past its name into a clause
    assertEquals(List.of(new EntitySpan(5, 6, EntityType.LOC)), read.get(3).spans());
    // a mention whose name would open on a preposition is no name; the place GUM marks inside it is
    // a name ends before a preposition that attaches a party to it; "of" stays inside a name
    assertEquals(List.of(new EntitySpan(3, 4, EntityType.LOC), new EntitySpan(6, 8, EntityType.PER),
        new EntitySpan(10, 12, EntityType.ORG), new EntitySpan(14, 17, EntityType.ORG)), read.get(4).spans());
    // a person's title is left out of the name (GUM's nmod:desc before it), a place keeps the words of its name
    // a possessor GUM marks apart, with its "'s", is a name of its own ("DAB's Ben Chan"); a name that holds "'s"
    // is whole
    assertEquals(List.of(new EntitySpan(1, 3, EntityType.PER), new EntitySpan(4, 7, EntityType.LOC),
        new EntitySpan(8, 9, EntityType.ORG), new EntitySpan(10, 12, EntityType.PER),
        new EntitySpan(13, 16, EntityType.ORG)), read.get(5).spans());
    // a title standing alone for a person and a people are no names; a name of several words after "the" is
    assertEquals(List.of(new EntitySpan(9, 12, EntityType.PER)), read.get(6).spans());
  }

  @Test
  void bioTagsRoundTripAndReadStrayInsideTagsAsStarts() {
    List<EntitySpan> spans = List.of(new EntitySpan(0, 2, EntityType.PER), new EntitySpan(2, 3, EntityType.PER));
    List<String> tags = BioTags.fromSpans(4, spans);
    assertEquals(List.of("B-PER", "I-PER", "B-PER", "O"), tags);
    assertEquals(spans, BioTags.toSpans(tags));
    assertEquals(List.of(new EntitySpan(1, 2, EntityType.LOC), new EntitySpan(2, 3, EntityType.ORG)),
        BioTags.toSpans(List.of("O", "I-LOC", "I-ORG")));
  }
}
