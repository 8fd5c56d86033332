package io.newsdesk.core.language.ner;

import java.util.ArrayList;
import java.util.List;

/** Spans as one BIO tag per token ("B-PER", "I-PER", "O") and back: the labeller predicts tags. */
public final class BioTags {

  /** Every tag, in a fixed order: index 0 is "O". */
  static final List<String> ALL = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC");

  private BioTags() {}

  public static List<String> fromSpans(int length, List<EntitySpan> spans) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (EntitySpan s : spans) {
      tags[s.start()] = "B-" + s.type();
      for (int i = s.start() + 1; i < s.end(); i++) {
        tags[i] = "I-" + s.type();
      }
    }
    return List.of(tags);
  }

  /**
   * The spans of a tag sequence; an "I-" that does not continue a span of its type starts one (as conlleval
   * reads it), and an unknown type is dropped.
   */
  public static List<EntitySpan> toSpans(List<String> tags) {
    List<EntitySpan> spans = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      EntityType t = typeOf(tag);
      boolean continues = tag.startsWith("I-") && t != null && t == type;
      if (!continues) {
        if (type != null) {
          spans.add(new EntitySpan(start, i, type));
        }
        type = (tag.startsWith("B-") || tag.startsWith("I-")) ? t : null;
        start = i;
      }
    }
    return spans;
  }

  private static EntityType typeOf(String tag) {
    if (tag.length() < 3) {
      return null;
    }
    try {
      return EntityType.valueOf(tag.substring(2));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
