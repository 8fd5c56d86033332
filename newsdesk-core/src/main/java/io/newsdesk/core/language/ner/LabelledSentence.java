package io.newsdesk.core.language.ner;

import java.util.List;

/** A sentence of a training or test corpus with its gold names; {@code document} names the text it belongs to. */
public record LabelledSentence(String document, List<String> tokens, List<EntitySpan> spans) {
  public LabelledSentence {
    tokens = List.copyOf(tokens);
    spans = List.copyOf(spans);
  }
}
