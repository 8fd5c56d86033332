package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of an article's lead, where news says who did what, when and where.
 *
 * @param index the sentence's index in its article, -1 for the headline
 * @param text  its words, without a wire dateline
 */
record LeadSentence(int index, String text) {

  /** Sentences of the lead read, after the headline (set by hand when written, not tuned on data). */
  static final int SENTENCES = 3;

  boolean isHeadline() {
    return index < 0;
  }

  /** The headline, then the first sentences, each without a wire dateline. */
  static List<LeadSentence> of(Document doc) {
    List<LeadSentence> out = new ArrayList<>();
    String title = doc.article().title();
    if (title != null && !title.isBlank()) {
      out.add(new LeadSentence(-1, title));
    }
    for (Sentence s : doc.sentences()) {
      if (out.size() > SENTENCES) {
        break;
      }
      String text = s.text().substring(Math.min(s.text().length(), Datelines.leadLength(s.text()))).strip();
      if (!text.isEmpty()) {
        out.add(new LeadSentence(s.index(), text));
      }
    }
    return out;
  }
}
