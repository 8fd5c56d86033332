package io.newsdesk.core.language;

import io.newsdesk.core.language.ner.NameTyper;

/**
 * The trained models the facts read sentences with, loaded once and passed in together. Either may be null: that
 * reading then falls back to its rules.
 *
 * @param names   types the names found in a sentence
 * @param clauses finds a sentence's subject and main verb
 */
public record LanguageModels(NameTyper names, ClauseReader clauses) {

  /** No models: rules alone. */
  public static LanguageModels none() {
    return new LanguageModels(null, null);
  }
}
