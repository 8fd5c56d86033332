package io.newsdesk.core.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of news text as the index terms read them (the tagger's sentence words, clitics and marks apart, are
 * {@code language.WordTokenizer}'s): runs of letters and digits, joined across an apostrophe ({@code '} or
 * {@code ’}) or a hyphen between two of them, and across a full stop before a digit. "Dar'a", "al-Assad" and
 * "3.5" are one word each; "U.S." is two, "rebels'" is "rebels". Unlike Lucene's StandardTokenizer it keeps
 * hyphenated names whole ("al-Qaeda" is one term, not "al" and "qaeda") and splits "1,100", as the clustering
 * was tuned with.
 *
 * <p>It reads its whole input into a buffer it keeps between texts (an article is at most 200,000 words, see
 * {@code ArticleBudget}), so the next text allocates nothing but its terms.
 */
public final class IndexWordTokenizer extends Tokenizer {

  /** A buffer grown past this is let go when the stream closes, so that one long article is not held per thread. */
  private static final int KEPT_BUFFER_CHARS = 1 << 16;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private char[] text = new char[1024];
  private int length;
  private int next;

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    next = 0;
    for (int read = input.read(text, 0, text.length); read != -1; read = input.read(text, length, text.length - length)) {
      length += read;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    int i = next;
    while (i < length && !Character.isLetterOrDigit(text[i])) {
      i++;
    }
    int start = i;
    while (i < length) {
      if (Character.isLetterOrDigit(text[i]) || i > start && joinsWords(i)) {
        i++;
      } else {
        break;
      }
    }
    next = i;
    if (i == start) {
      return false;
    }
    term.copyBuffer(text, start, i - start);
    offset.setOffset(correctOffset(start), correctOffset(i));
    return true;
  }

  /** An apostrophe or hyphen between letters or digits, or a full stop before a digit ("3.5"). */
  private boolean joinsWords(int i) {
    if (i + 1 >= length || !Character.isLetterOrDigit(text[i + 1])) {
      return false;
    }
    char c = text[i];
    return c == '\'' || c == '’' || c == '-' || c == '.' && Character.isDigit(text[i + 1]);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text.length > KEPT_BUFFER_CHARS) {
      text = new char[1024];
    }
    length = 0;
  }
}
