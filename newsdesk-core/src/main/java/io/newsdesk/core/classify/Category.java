package io.newsdesk.core.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What kind of news an event is: the sections of Wikipedia's Current Events portal
 * (https://en.wikipedia.org/wiki/Portal:Current_events), each placed in the coarse {@link Section}s it can appear
 * under. The mapping, which the README repeats: world holds armed conflicts and attacks, disasters and accidents,
 * international relations, law and crime, politics and elections, and health and environment; business holds
 * business and economy; technology holds science and technology; science holds science and technology, and health
 * and environment; entertainment holds arts and culture; sports holds sports. An event's category is chosen among
 * those of its predicted section, so the two never disagree.
 */
public enum Category {
  ARMED_CONFLICTS("Armed conflicts and attacks", EnumSet.of(Section.WORLD)),
  ARTS("Arts and culture", EnumSet.of(Section.ENTERTAINMENT)),
  BUSINESS("Business and economy", EnumSet.of(Section.BUSINESS)),
  DISASTERS("Disasters and accidents", EnumSet.of(Section.WORLD)),
  HEALTH("Health and environment", EnumSet.of(Section.WORLD, Section.SCIENCE)),
  INTERNATIONAL("International relations", EnumSet.of(Section.WORLD)),
  LAW("Law and crime", EnumSet.of(Section.WORLD)),
  POLITICS("Politics and elections", EnumSet.of(Section.WORLD)),
  SCIENCE("Science and technology", EnumSet.of(Section.TECHNOLOGY, Section.SCIENCE)),
  SPORTS("Sports", EnumSet.of(Section.SPORTS));

  private final String label;
  private final Set<Section> sections;

  Category(String label, Set<Section> sections) {
    this.label = label;
    this.sections = sections;
  }

  /** The portal's name for it: "Armed conflicts and attacks". */
  public String label() {
    return label;
  }

  /** The coarse sections it appears under. */
  public Set<Section> sections() {
    return EnumSet.copyOf(sections);
  }

  /** The categories a section holds, in this enum's order. */
  public static List<Category> in(Section section) {
    return java.util.Arrays.stream(values()).filter(c -> c.sections.contains(section)).toList();
  }

  /** The category whose label or name is {@code text} (any case), or null. */
  public static Category parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    for (Category c : values()) {
      if (c.label.equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t) || c.slug().equals(t.toLowerCase(java.util.Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }

  /** "armed-conflicts-and-attacks": the label as a URL parameter. */
  public String slug() {
    return label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }
}
