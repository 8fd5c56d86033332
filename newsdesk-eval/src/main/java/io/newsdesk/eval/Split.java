package io.newsdesk.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Function;
import java.util.List;

/**
 * The one fixed split of every evaluation's data into a dev part, on which thresholds, weights and word lists may
 * be chosen, and a test part, which is only reported. A dataset is split by the unit that generalises (an event,
 * a topic, an outlet, a page, a seed), never by sentence, so that nothing of a test unit is seen while tuning.
 *
 * <p>The rule: a unit is in test when the first byte of SHA-256 of {@code "newsdesk/" + unit} (UTF-8) is odd, else
 * in dev. It depends on the unit's name alone, so it never changes as a dataset grows or is read in another
 * order, and anyone can recompute it ({@code python3 -c "import hashlib; print(hashlib.sha256(b'newsdesk/f1')
 * .digest()[0] % 2)"} prints 1 for the Giveme5W1H event "f1": test).
 */
public final class Split {

  /** The two parts. */
  public enum Part {
    DEV, TEST;

    /** "dev" or "test", as printed and as key prefixes. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private Split() {}

  /** The part {@code unit} belongs to. */
  public static Part of(String unit) {
    if (unit == null) {
      throw new IllegalArgumentException("a split unit must have a name");
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(("newsdesk/" + unit).getBytes(StandardCharsets.UTF_8));
      return (hash[0] & 1) == 1 ? Part.TEST : Part.DEV;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The items of {@code items} whose unit falls in {@code part}, in their order. */
  public static <T> List<T> select(List<T> items, Function<T, String> unit, Part part) {
    return items.stream().filter(i -> of(unit.apply(i)) == part).toList();
  }
}
