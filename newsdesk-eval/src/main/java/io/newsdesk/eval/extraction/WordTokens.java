package io.newsdesk.eval.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code re.findall(r'\w+', text)} on a str: maximal runs of word characters, where a word character
 * is what Python counts as alphanumeric (letters of any script, and digits and other numerals) or an
 * underscore. Java's own {@code \w}, even in Unicode mode, also takes combining marks and differs on numerals,
 * so the rule is written out here.
 */
final class WordTokens {

  private WordTokens() {}

  static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /** Python's {@code str.isalnum()} or {@code '_'}: letters (L*), and numbers (Nd, Nl, No). */
  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
