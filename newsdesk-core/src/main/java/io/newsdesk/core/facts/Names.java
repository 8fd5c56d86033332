package io.newsdesk.core.facts;

import io.newsdesk.core.text.NamePattern;
import io.newsdesk.core.text.Terms;
import java.util.Set;

/** Word lists by which this package types names; what a name is comes from {@link NamePattern}. */
final class Names {

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
