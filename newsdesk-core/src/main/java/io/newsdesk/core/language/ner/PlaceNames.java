package io.newsdesk.core.language.ner;

import java.util.function.Predicate;

/**
 * Whether a name is a known place: the recogniser's gazetteer feature. A function rather than the gazetteer
 * itself, so that the recogniser is given {@code WorldGazetteer::isWellKnown} by whoever loaded the gazetteer, and
 * tests a tiny list.
 */
@FunctionalInterface
public interface PlaceNames {

  /** Whether {@code name} is a place meant wherever it stands (a country, a region, a large town). */
  boolean isPlace(String name);

  /**
   * Whether some place, however small, goes by {@code name}: a weaker hint, since many surnames are also the names
   * of villages. By default only the places {@link #isPlace} knows.
   */
  default boolean isAnyPlace(String name) {
    return isPlace(name);
  }

  /** Knows no place. */
  static PlaceNames none() {
    return name -> false;
  }

  /** Well-known places from {@code wellKnown}, every place from {@code any}. */
  static PlaceNames of(Predicate<String> wellKnown, Predicate<String> any) {
    return new PlaceNames() {
      @Override
      public boolean isPlace(String name) {
        return wellKnown.test(name);
      }

      @Override
      public boolean isAnyPlace(String name) {
        return any.test(name);
      }
    };
  }
}
