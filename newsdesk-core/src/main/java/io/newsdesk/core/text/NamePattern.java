package io.newsdesk.core.text;

import java.util.Set;

/** What the rules of newsdesk call a name in English news: capitalised words, with the small words names hold. */
public final class NamePattern {

  /** A capitalised word, or an Arabic-style prefixed one such as "al-Assad". */
  public static final String WORD = "(?:(?:al|el|ad|as|ash|ar)-)?\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /** Small words allowed inside a name, never at its ends: "Ministry of Defence", "Bashar al Assad". */
  public static final String JOINER = "(?:of|for|the|al|de|del|bin|ibn|van|von|la|du)";
  /** A name: capitalised words, joiners allowed between them. */
  public static final String NAME = WORD + "(?:\\s+(?:" + JOINER + "\\s+)*" + WORD + ")*";

  /** Capitalised words that open sentences or clauses, months, days and labels: never names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
      "His", "Her", "Their", "Our", "My", "In", "On", "At", "By", "For", "From", "With", "Without", "After",
      "Before", "During", "Under", "Over", "Since", "Until", "As", "If", "When", "While", "Though", "Although",
      "But", "And", "Or", "So", "Yet", "Also", "Meanwhile", "However", "Still", "Even", "Most", "Many", "Some",
      "Several", "All", "Both", "Each", "Every", "No", "Not", "Other", "Another", "Such", "Taking", "According",
      "Early", "Late", "Later", "Earlier", "Last", "Next", "Hundreds", "Thousands", "Tens", "Dozens", "Millions",
      "Days", "Weeks", "Months", "Years", "Prior", "Surely", "Very", "Anti", "Despite", "Amid", "Among", "Across",
      "Here", "There", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Just", "Only", "What",
      "Where", "Why", "How", "Who", "Which", "Whether", "Once", "Instead", "Because", "Posted", "Updated",
      "Comment", "Opposition", "Rebels", "Rebel", "Officials", "Witnesses", "Sources", "Analysts", "Police",
      "Government", "Residents", "Friday's", "Saturday's", "Sunday's", "Monday's", "Tuesday's", "Wednesday's",
      "Thursday's", "Communiqué", "Anti-tank", "Will", "Would", "Could", "Should", "Can", "Do", "Does", "Did",
      "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "To", "Of", "Up", "Down", "Out", "Off", "Than",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Analysis", "Update",
      "Live", "Opinion", "Editorial", "Exclusive", "Breaking", "Watch", "Photos", "Video");

  private NamePattern() {}

  public static boolean isNotAName(String word) {
    return NOT_NAMES.contains(word);
  }
}
