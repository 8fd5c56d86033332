package io.newsdesk.core.store;

import io.newsdesk.core.model.Entity;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The key under which an entity is found: its name folded to lower case without accents, so that an address
 * such as {@code /entities/misrata} keeps working whichever spelling the events prefer.
 */
public final class EntityKey {

  private EntityKey() {}

  public static String of(String name) {
    String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The keys of an entity: its name and every variant. */
  public static Stream<String> keys(Entity entity) {
    return Stream.concat(Stream.of(entity.name()), entity.variants().stream()).map(EntityKey::of).distinct();
  }
}
