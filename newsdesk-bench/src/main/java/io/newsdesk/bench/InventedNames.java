package io.newsdesk.bench;

import java.util.List;
import java.util.Random;

/**
 * Made-up local names (a district, a factory, a bridge, a square) built from syllables. Each event gets its
 * own, as real events come with their own local names, and these are what tell two floods apart.
 */
final class InventedNames {

  private static final List<String> START = List.of("Ka", "Ra", "Za", "Mi", "Ta", "Bo", "Se", "Du", "Ve", "Ha",
      "Ko", "Na", "Pe", "To", "Gu", "A", "Be", "Da", "Fe", "Jo", "Lo", "Ma", "No", "O", "Qa", "Ru", "Sa", "U",
      "Ye", "Zo", "Shi", "Kha");
  private static final List<String> MIDDLE = List.of("ran", "mir", "tal", "bor", "sel", "dun", "kos", "nam",
      "lin", "gar", "vel", "sor", "rud", "tem", "bak", "zar");
  private static final List<String> END = List.of("abad", "ovo", "ani", "ir", "esh", "una", "ek", "ara", "ino",
      "ul", "ay", "iya", "pur", "kent", "");

  private InventedNames() {}

  static String pick(Random random) {
    return stem(random) + END.get(random.nextInt(END.size()));
  }

  /** Two syllables, for a name to end as a place or a family name does. */
  static String stem(Random random) {
    return START.get(random.nextInt(START.size())) + MIDDLE.get(random.nextInt(MIDDLE.size()));
  }
}
