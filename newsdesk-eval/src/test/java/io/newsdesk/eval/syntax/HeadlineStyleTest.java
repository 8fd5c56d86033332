package io.newsdesk.eval.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.language.ConllU;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineStyleTest {

  /** One sentence from rows of "form lemma upos xpos feats head deprel". */
  private static ConllU.Sentence sentence(String... rows) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      String[] c = rows[i].split(" ");
      text.append(i + 1).append('\t').append(c[0]).append('\t').append(c[1]).append('\t').append(c[2]).append('\t')
          .append(c[3]).append('\t').append(c[4]).append('\t').append(c[5]).append('\t').append(c[6])
          .append("\t_\t_\n");
    }
    return ConllU.read(new StringReader(text + "\n"), "doc").get(0);
  }

  private static String text(Optional<ConllU.Sentence> s) {
    return s.map(x -> String.join(" ", x.forms())).orElse("(none)");
  }

  @Test
  void aSentenceInThePastBecomesAHeadlineInThePresent() throws Exception {
    ConllU.Sentence s = sentence("The the DET DT _ 2 det", "army army NOUN NN Number=Sing 3 nsubj",
        "took take VERB VBD Tense=Past 0 root", "the the DET DT _ 5 det", "town town NOUN NN Number=Sing 3 obj",
        ". . PUNCT . _ 3 punct");
    Optional<ConllU.Sentence> headline = HeadlineStyle.of(s);
    assertEquals("Army takes town", text(headline));
    assertEquals("VBZ", headline.orElseThrow().tokens().get(1).xpos());
    assertEquals("take", headline.orElseThrow().tokens().get(1).lemma());
  }

  @Test
  void aPluralSubjectTakesTheBareVerbAndAPassiveLosesItsAuxiliary() throws Exception {
    ConllU.Sentence plural = sentence("Rebels rebel NOUN NNS Number=Plur 2 nsubj", "seized seize VERB VBD _ 0 root",
        "a a DET DT _ 4 det", "base base NOUN NN _ 2 obj");
    assertEquals("Rebels seize base", text(HeadlineStyle.of(plural)));
    assertEquals("VBP", HeadlineStyle.of(plural).orElseThrow().tokens().get(1).xpos());
    ConllU.Sentence passive = sentence("Seven seven NUM CD _ 2 nummod", "people person NOUN NNS Number=Plur 4 nsubj:pass",
        "were be AUX VBD _ 4 aux:pass", "killed kill VERB VBN _ 0 root", "in in ADP IN _ 7 case",
        "the the DET DT _ 7 det", "attack attack NOUN NN _ 4 obl", ". . PUNCT . _ 4 punct");
    assertEquals("Seven people killed in attack", text(HeadlineStyle.of(passive)));
  }

  @Test
  void noHeadlineWithoutANounForSubjectOrWithAnAuxiliary() throws Exception {
    ConllU.Sentence pronoun = sentence("He he PRON PRP _ 2 nsubj", "took take VERB VBD _ 0 root",
        "it it PRON PRP _ 2 obj");
    assertTrue(HeadlineStyle.of(pronoun).isEmpty());
    ConllU.Sentence perfect = sentence("Rebels rebel NOUN NNS _ 3 nsubj", "have have AUX VBP _ 3 aux",
        "taken take VERB VBN _ 0 root", "towns town NOUN NNS _ 3 obj");
    assertTrue(HeadlineStyle.of(perfect).isEmpty());
  }

  @Test
  void theHeadlinesFollowTheirDocumentsSentences() throws Exception {
    ConllU.Sentence s = sentence("Rebels rebel NOUN NNS Number=Plur 2 nsubj", "seized seize VERB VBD _ 0 root",
        "towns town NOUN NNS _ 2 obj");
    Map<String, List<ConllU.Sentence>> both = HeadlineStyle.withHeadlines(Map.of("doc", List.of(s)));
    assertEquals(List.of("Rebels seized towns", "Rebels seize towns"),
        both.get("doc").stream().map(x -> String.join(" ", x.forms())).toList());
  }

  @Test
  void theThirdPersonOfTheLemma() {
    assertEquals("takes", HeadlineStyle.thirdPerson("take"));
    assertEquals("carries", HeadlineStyle.thirdPerson("carry"));
    assertEquals("plays", HeadlineStyle.thirdPerson("play"));
    assertEquals("pushes", HeadlineStyle.thirdPerson("push"));
    assertEquals("goes", HeadlineStyle.thirdPerson("go"));
    assertEquals("has", HeadlineStyle.thirdPerson("have"));
  }
}
