package io.newsdesk.core.language;

import io.newsdesk.core.language.ner.NameTyper;
import io.newsdesk.core.language.ner.NameWords;
import io.newsdesk.core.language.ner.PerceptronNameTyper;
import io.newsdesk.core.language.ner.PlaceNames;
import io.newsdesk.core.language.ner.WordClusters;

/**
 * The trained models the facts read sentences with, loaded once and passed in together. Either may be null: that
 * reading then falls back to its rules.
 *
 * @param names   types the names found in a sentence
 * @param clauses finds a sentence's subject and main verb
 */
public record LanguageModels(NameTyper names, ClauseReader clauses) {

  /**
   * The models newsdesk ships: the name typer with its word clusters and name words, reading places from
   * {@code places} (newsdesk passes {@code WorldGazetteer::isWellKnown}), and the clause reader over the
   * part-of-speech taggers for prose and for headlines.
   */
  public static LanguageModels shipped(PlaceNames places) {
    return new LanguageModels(PerceptronNameTyper.load(places, WordClusters.load(), NameWords.load()),
        ClauseReader.shipped());
  }

  /** No models: rules alone. */
  public static LanguageModels none() {
    return new LanguageModels(null, null);
  }
}
