package io.newsdesk.core.language.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Word lists harvested from the training sentences alone, which the recogniser reads as features, all lower-cased:
 * <ul>
 *   <li>first names: the first word of a person's name of two words or more;</li>
 *   <li>organisation words: the last word of an organisation's name ("inc", "university", "party");</li>
 *   <li>name words: every word of a name, with the types it was seen in (a bit per {@link EntityType});</li>
 *   <li>common words: words written in lower case inside a sentence at least twice, so that "Monday" or "The"
 *   capitalised is known for an ordinary word.</li>
 * </ul>
 * While training, a sentence sees name words harvested from the other documents only ({@link #harvestExcept}),
 * so that the model learns how far such a list carries to names it has not seen, as at test time.
 */
public record NameLists(Set<String> firstNames, Set<String> organisationWords, Map<String, Integer> nameWords,
    Set<String> commonWords) {

  public NameLists {
    firstNames = Set.copyOf(firstNames);
    organisationWords = Set.copyOf(organisationWords);
    nameWords = Map.copyOf(nameWords);
    commonWords = Set.copyOf(commonWords);
  }

  public static NameLists empty() {
    return new NameLists(Set.of(), Set.of(), Map.of(), Set.of());
  }

  public static NameLists harvest(List<LabelledSentence> training) {
    return harvestExcept(training, null);
  }

  /** The lists of every sentence not of document {@code left} (null: of every sentence). */
  public static NameLists harvestExcept(List<LabelledSentence> training, String left) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> org = new HashMap<>();
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> lowerCase = new HashMap<>();
    for (LabelledSentence s : training) {
      if (s.document().equals(left)) {
        continue;
      }
      for (EntitySpan span : s.spans()) {
        if (span.type() == EntityType.PER && span.end() - span.start() >= 2) {
          first.merge(lower(s.tokens().get(span.start())), 1, Integer::sum);
        } else if (span.type() == EntityType.ORG && span.end() - span.start() >= 2) {
          org.merge(lower(s.tokens().get(span.end() - 1)), 1, Integer::sum);
        }
        for (int i = span.start(); i < span.end(); i++) {
          String w = lower(s.tokens().get(i));
          if (w.chars().anyMatch(Character::isLetter)) {
            types.merge(w, 1 << span.type().ordinal(), (a, b) -> a | b);
          }
        }
      }
      for (int i = 1; i < s.tokens().size(); i++) {
        String w = s.tokens().get(i);
        if (Character.isLowerCase(w.charAt(0))) {
          lowerCase.merge(w, 1, Integer::sum);
        }
      }
    }
    return new NameLists(frequent(first, 1), frequent(org, 1), types, frequent(lowerCase, 2));
  }

  private static Set<String> frequent(Map<String, Integer> counts, int min) {
    Set<String> kept = new TreeSet<>();
    counts.forEach((w, n) -> {
      if (n >= min && w.chars().anyMatch(Character::isLetter)) {
        kept.add(w);
      }
    });
    return kept;
  }

  /** Writes the lists in sorted order (the same lists give the same bytes), as the models that read them store them. */
  public void write(java.io.DataOutputStream out) throws java.io.IOException {
    writeSet(out, firstNames);
    writeSet(out, organisationWords);
    writeSet(out, commonWords);
    Map<String, Integer> sorted = new TreeMap<>(nameWords);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
  }

  /** Reads lists {@link #write} wrote. */
  public static NameLists read(java.io.DataInputStream in) throws java.io.IOException {
    Set<String> firstNames = readSet(in);
    Set<String> organisationWords = readSet(in);
    Set<String> commonWords = readSet(in);
    int n = in.readInt();
    Map<String, Integer> nameWords = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      nameWords.put(in.readUTF(), (int) in.readByte());
    }
    return new NameLists(firstNames, organisationWords, nameWords, commonWords);
  }

  private static void writeSet(java.io.DataOutputStream out, Set<String> words) throws java.io.IOException {
    out.writeInt(words.size());
    for (String w : new TreeSet<>(words)) {
      out.writeUTF(w);
    }
  }

  private static Set<String> readSet(java.io.DataInputStream in) throws java.io.IOException {
    int n = in.readInt();
    Set<String> words = new java.util.HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      words.add(in.readUTF());
    }
    return words;
  }

  static String lower(String word) {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
