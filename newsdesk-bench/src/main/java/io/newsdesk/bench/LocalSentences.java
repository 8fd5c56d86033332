package io.newsdesk.bench;

import java.util.List;

/**
 * Sentences about the people and places around an event, for any kind of event. Their slots are the event's
 * own invented names (a street, a village, a hospital, more people), so they read the same in every report of
 * one event and differently in every other event: local detail is what sets real events apart.
 */
final class LocalSentences {

  private LocalSentences() {}

  static final List<String> ALL = List.of(
      "{Neighbour}, who lives on {street} Street in {area}, said [neighbours|relatives] had [stayed up all night|"
          + "gathered at the mosque|opened their homes to strangers].",
      "The {hospital} hospital in {place} said it had [cancelled routine operations|called in off-duty staff|"
          + "set up extra beds in its corridors].",
      "In {village}, a [farming|fishing|market] village [outside|north of|south of] {place}, residents said they "
          + "[learned of it from the radio|heard the news from relatives in the city].",
      "{Councillor}, [deputy mayor of {place}|a member of the {area} district council], said the council would "
          + "meet in [emergency|special] session on {weekday}.",
      "Shops on {street} Street in {area} [stayed closed|opened late|did a brisk trade] on {weekday}.",
      "The {site} [company|cooperative|football club] said it would donate [food|blankets|money] to [families in "
          + "{area}|those most affected].",
      "Volunteers from {village} set up a [tent|table] outside the {hospital} hospital to hand out [water|tea and "
          + "bread].",
      "A [bakery|pharmacy] on {street} Street gave away [bread|medicine] to those in need, its owner, "
          + "{shopkeeper}, said.",
      "{Councillor} said the {area} district council had asked the government for [an emergency fund|extra staff|"
          + "a full report].",
      "Residents of {village} said the road to {place} was [crowded|almost empty] on {weekday} evening.",
      "The imam of the {street} Street mosque, {shopkeeper}, called on residents to [help one another|stay calm].",
      "{Neighbour} said the families of {street} Street had [known each other for generations|arrived only in "
          + "recent years].",
      "Teachers at the {village} primary school said [many pupils stayed at home|classes went ahead] on {weekday}.",
      "The {hospital} hospital's director, {doctor}, said staff [had worked through the night|were exhausted].",
      "{Shopkeeper}, who sells [spices|mobile phones|fabric] in the {market} market, said [business had stopped|"
          + "prices had doubled] since {weekday}.",
      "Pupils at the {school} school in {area} [were sent home early|held a minute of silence].",
      "The road between {village} and {market} was [closed by police|jammed with lorries] for most of {weekday}.",
      "{Neighbour} and {doctor} [organised|ran] a collection for families in {area} at the {school} school.",
      "Fishermen on the {stream} [river|lake] near {village} said they had [not gone out|stayed ashore] for "
          + "two days.",
      "The {market} market, the oldest in {place}, [closed at noon|stayed open late], traders said.",
      "{Councillor} visited the {school} school and the {hospital} hospital on {weekday} afternoon.",
      "A local radio station, Radio {station}, broadcast [appeals for blood donors|lists of the missing|"
          + "calls for calm] through the night.",
      "Radio {station} said its phone lines had been busy since {weekday} morning.",
      "The bus company that serves {village} and {stream} said it would run [extra|free] buses.");
}
