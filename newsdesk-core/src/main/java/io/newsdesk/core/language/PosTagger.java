package io.newsdesk.core.language;

import java.util.List;

/** Tags the words of one sentence with their part of speech and lemma. */
public interface PosTagger {

  /**
   * One word as tagged.
   *
   * @param upos  its Universal Dependencies part of speech, e.g. {@code PROPN}
   * @param xpos  its Penn Treebank tag, e.g. {@code NNP}
   * @param lemma its dictionary form, e.g. {@code run} for {@code ran}
   */
  record TaggedWord(String form, String upos, String xpos, String lemma) {}

  /** Tags {@code words}, one sentence's tokens in order; the answer has one entry per word. */
  List<TaggedWord> tag(List<String> words);

  /**
   * The parts of speech alone, {@code [upos, xpos]} per word: for readers that need no lemma, which a tagger may
   * then skip.
   */
  default List<String[]> partsOfSpeech(List<String> words) {
    return tag(words).stream().map(t -> new String[] {t.upos(), t.xpos()}).toList();
  }
}
