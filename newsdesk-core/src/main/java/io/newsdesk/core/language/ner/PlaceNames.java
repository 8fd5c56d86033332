package io.newsdesk.core.language.ner;

/**
 * Whether a name is a known place: the recogniser's gazetteer feature. A function rather than the gazetteer
 * itself, so that the recogniser is given {@code WorldGazetteer::isPlaceName} by whoever loaded the gazetteer, and
 * tests a tiny list.
 */
@FunctionalInterface
public interface PlaceNames {

  boolean isPlace(String name);

  /** Knows no place. */
  static PlaceNames none() {
    return name -> false;
  }
}
