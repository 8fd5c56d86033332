package io.newsdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Sentences that fit a report of any kind of event, with their own names and numbers drawn each time, so that
 * an article can be brought to its length without repeating itself.
 */
final class FillerSentences {

  private static final List<String> TEMPLATES = List.of(
      "Officials said a fuller statement would be published by the end of the week.",
      "The regional governor was expected to visit {place} on {weekday}, his office said.",
      "Opposition politicians said the authorities had ignored warnings for years.",
      "{Name}, an analyst at a research institute in the capital, said the coming days would test the new "
          + "administration.",
      "Local radio stations carried hours of call-in programmes about the events on {weekday}.",
      "The story dominated conversation in the cafes and markets of {place}, residents said.",
      "{Name}, {age}, who runs a small shop near the main square, said customers had talked about little else.",
      "It was not immediately clear how the events would affect the city's budget for next year.",
      "A spokesperson for the regional government did not respond to a request for comment.",
      "Records kept by the provincial archive show a similar episode in {year}.",
      "Traffic on the main road into {place} was slow on {weekday} evening, drivers said.",
      "Community leaders called a meeting for the weekend to discuss what should happen next.",
      "Newspapers in {country} gave the story prominent space on their front pages.",
      "{Name}, a retired civil servant, said he had seen nothing like it in {age} years.",
      "Members of parliament from the region asked the government for a full account within {days} days.",
      "Some {count} messages of support were posted on the city council's website by {weekday} night, a "
          + "council official said.",
      "{Name}, who teaches at a secondary school in {place}, said pupils had asked many questions about it.",
      "The mayor's office said it would hold a public meeting at the town hall.");

  private FillerSentences() {}

  /**
   * Every filler sentence once, in a random order, so that an article never repeats one; each has its own
   * names and numbers drawn from {@code random} and the event's place, country and weekday from {@code slots}.
   */
  static List<String> shuffled(Random random, Map<String, String> slots) {
    List<String> templates = new ArrayList<>(TEMPLATES);
    Collections.shuffle(templates, random);
    return templates.stream().map(t -> Template.fill(t, ownSlots(random, slots))).toList();
  }

  private static Map<String, String> ownSlots(Random random, Map<String, String> slots) {
    return Map.of(
        "place", slots.get("place"),
        "country", slots.get("country"),
        "weekday", slots.get("weekday"),
        "name", PersonNames.pick(random),
        "age", Integer.toString(35 + random.nextInt(45)),
        "year", Integer.toString(1995 + random.nextInt(25)),
        "days", Integer.toString(7 + random.nextInt(24)),
        "count", String.format(Locale.ROOT, "%,d", 100 + random.nextInt(40) * 25));
  }
}
