package io.newsdesk.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  private final WordTokenizer tokenizer = new WordTokenizer();

  private List<String> words(String s) {
    return WordTokenizer.texts(tokenizer.tokenize(s));
  }

  @Test
  void splitsAsUniversalDependenciesEnglishDoes() {
    assertEquals(List.of("Syria", "'s", "army", "took", "the", "Nassib", "crossing", ",", "officials", "said", "."),
        words("Syria's army took the Nassib crossing, officials said."));
    assertEquals(List.of("They", "do", "n't", "know", "al-Qaeda", "'s", "U.S.", "links", "..."),
        words("They don't know al-Qaeda's U.S. links..."));
    assertEquals(List.of("\"", "It", "rose", "3.5", "%", "\"", "(", "AT&T", ")"), words("\"It rose 3.5%\" (AT&T)"));
    assertEquals(List.of("rebels", "'", "weapons"), words("rebels' weapons"));
    assertEquals(List.of(), words("   "));
  }

  @Test
  void keepsEachWordsOffsets() {
    String s = "Abazeed’s men left Daraa.";
    for (WordTokenizer.Token t : tokenizer.tokenize(s)) {
      assertEquals(t.text(), s.substring(t.start(), t.end()));
    }
    assertEquals(List.of("Abazeed", "’s", "men", "left", "Daraa", "."), words(s));
  }
}
