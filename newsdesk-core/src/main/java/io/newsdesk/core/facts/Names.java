package io.newsdesk.core.facts;

import io.newsdesk.core.text.Terms;
import java.util.Set;

/** What the rules of this package call a name: capitalised words, with the small words names hold inside. */
final class Names {

  /** A capitalised word, or an Arabic-style prefixed one such as "al-Assad". */
  static final String WORD = "(?:(?:al|el|ad|as|ash|ar)-)?\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /** Small words allowed inside a name, never at its ends: "Ministry of Defence", "Bashar al Assad". */
  static final String JOINER = "(?:of|for|the|al|de|del|bin|ibn|van|von|la|du)";
  /** A name: capitalised words, joiners allowed between them. */
  static final String NAME = WORD + "(?:\\s+(?:" + JOINER + "\\s+)*" + WORD + ")*";

  /** Capitalised words that open sentences or clauses and are not names. */
  static final Set<String> NOT_NAMES = Set.of(
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

  /** Role words that, before a name, say that it is a person. */
  static final Set<String> PERSON_TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "General", "Gen", "Colonel", "Col", "Captain",
      "Sheikh", "King", "Queen", "Prince", "Princess", "Senator", "Governor", "Mayor", "Judge", "Pope", "Chancellor",
      "Inspector", "Sergeant", "Sgt", "Lieutenant", "Lt", "Major", "Maj", "Commander", "Brig", "Admiral", "Adm",
      "Imam", "Rev", "Father", "Sister", "Professor", "Prof", "Justice", "Ambassador", "Secretary",
      "spokesman", "spokeswoman", "spokesperson", "journalist", "analyst", "commander", "leader", "official",
      "minister", "president", "envoy", "chief", "director", "professor", "reporter", "correspondent", "negotiator");

  /** Words whose presence in a name makes it an organisation. */
  static final Set<String> ORG_WORDS = Set.of(
      "Army", "Ministry", "Council", "Nations", "Union", "Agency", "Party", "Front", "Forces", "Force", "Center",
      "Centre", "Committee", "Commission", "Organization", "Organisation", "Bank", "Company", "Corp", "Inc", "Ltd",
      "Group", "News", "Times", "Post", "Press", "Wire", "Reuters", "Institute", "University", "Authority",
      "Association", "Federation", "Observatory", "Office", "Department", "Police", "Court", "Parliament",
      "Assembly", "Movement", "Brigade", "Brigades", "Guard", "Command", "Service", "Services", "Fund",
      "Foundation", "Network", "Radio", "Television", "TV", "Daily", "Herald", "Ledger", "Journal", "Tribune",
      "Gazette", "Telegraph", "Monitor", "Hezbollah", "Hamas", "Taliban", "Cross", "Crescent", "Board", "Club",
      "Airlines", "Airways", "Port", "Exchange", "Bureau", "Coalition", "Alliance", "Senate", "Congress",
      "Cabinet", "Tribunal", "Hospital", "School", "College", "Church", "Mosque", "Corporation", "Securities",
      "Survey", "Holdings", "Partners", "Industries", "Insurance", "Ports", "Railways", "Secretariat", "Workers",
      "Program", "Programme", "Mission", "Apparels", "Limited", "Media", "Channel", "Broadcasting", "Observers");

  /** Lowercase words that, after a name, say that it is a place. */
  static final Set<String> PLACE_NOUNS = Set.of(
      "province", "city", "town", "village", "region", "governorate", "district", "county", "state", "border",
      "crossing", "river", "valley", "port", "airport", "highway", "camp", "area", "countryside", "suburb",
      "neighbourhood", "neighborhood", "island", "coast", "heights", "desert", "mountains", "lake", "bay");

  /** Prepositions after which a name is most often a place. */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "to", "toward", "towards", "from",
      "into", "outside", "across", "around");

  private Names() {}

  /** True when every letter of a word of two or more letters is a capital: "SANA", "UN", "FSA". */
  static boolean isAcronym(String word) {
    return Terms.isAllCapitals(word, 2);
  }
}
