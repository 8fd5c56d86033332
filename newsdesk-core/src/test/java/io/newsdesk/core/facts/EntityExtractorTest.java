package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.core.language.ner.EntityType;
import io.newsdesk.core.language.ner.NameTyper;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  /** A typer that says organisation of "Vessby" alone and person of anything else, noting what it was asked. */
  private static final class RecordingTyper implements NameTyper {
    final List<String> asked = new ArrayList<>();

    @Override
    public List<Reading> readAll(List<Name> names) {
      List<Reading> out = new ArrayList<>();
      for (Name n : names) {
        asked.add(n.text());
        out.add(new Reading(n.text().equals("Vessby") ? EntityType.ORG : EntityType.PER, 5f));
      }
      return out;
    }
  }

  @Test
  void theTyperReadsTheNameThatIsKeptNotTheWordsLeftOutBeforeIt() {
    RecordingTyper typer = new RecordingTyper();
    Document doc = new DocumentAnalyzer().analyze(new Article("a1", "test", null, "Troops move south",
        Instant.parse("2018-07-06T10:00:00Z"), "Wire", "en",
        "Troops moved south on Friday. Meanwhile Vessby reports that hundreds of soldiers reached the border."));

    List<Mention> mentions = new EntityExtractor(Gazetteer.countries(), typer).extract(List.of(doc));

    assertTrue(mentions.contains(new Mention("Vessby", io.newsdesk.core.model.EntityType.ORGANIZATION, "a1")),
        mentions + ", typer asked " + typer.asked);
    assertTrue(typer.asked.stream().noneMatch(n -> n.startsWith("Meanwhile")), "typer asked " + typer.asked);
    assertEquals(1, typer.asked.stream().filter("Vessby"::equals).count(), "typer asked " + typer.asked);
  }

  /** A wire article "a1" of July 2018 with this text. */
  private static Document article(String text) {
    return new DocumentAnalyzer().analyze(new Article("a1", "test", null, "Wire story",
        Instant.parse("2018-07-06T10:00:00Z"), "Wire", "en", text));
  }

  @Test
  void aPronounWithItsContractionIsNoName() {
    Document doc = article(
        "The mayor said: \"We'll rebuild, and I'm sure of it.\" He added that I'd rather stay. \"They've seen worse,\""
            + " John Smith told Reuters.");

    List<String> names = new EntityExtractor(Gazetteer.countries(), new RecordingTyper()).extract(List.of(doc))
        .stream().map(Mention::name).toList();

    assertTrue(names.contains("John Smith"), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.matches("(?:I|We|They)['’].*")), names.toString());
  }

  @Test
  void aTitleInsideTheRunLeavesThePersonAndAFullStopLeavesTheAcronym() {
    Document doc = article(
        "Afghan Ambassador Hamdullah Mohib met officials in the U.S. on Monday. The mission was run by NASA."
            + " Its plan was drawn up by Charles J. Fillmore.");

    List<Mention> mentions = new EntityExtractor(Gazetteer.countries(), new RecordingTyper()).extract(List.of(doc));
    List<String> names = mentions.stream().map(Mention::name).toList();

    assertTrue(mentions.contains(new Mention("Hamdullah Mohib", io.newsdesk.core.model.EntityType.PERSON, "a1", true)),
        mentions.toString());
    assertTrue(names.contains("NASA") && names.contains("U.S.") && names.contains("Charles J. Fillmore"),
        names.toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("Ambassador") || n.equals("NASA.")), names.toString());
  }

  @Test
  void aNameThatWhoStandsForIsAPersonWhateverTheTyperSays() {
    Document doc = article("\"Nobody here has insurance,\" said Ali Ezzedine, who sells household goods.");
    NameTyper placeTyper = names -> names.stream().map(n -> new NameTyper.Reading(EntityType.LOC, 5f)).toList();

    List<Mention> mentions = new EntityExtractor(Gazetteer.countries(), placeTyper).extract(List.of(doc));

    assertTrue(mentions.contains(new Mention("Ali Ezzedine", io.newsdesk.core.model.EntityType.PERSON, "a1")),
        mentions.toString());
  }

  @Test
  void aNameTheTyperIsUnsureOfTakesTheTypeOfTheNamesItIsListedWith() {
    Document doc = article("The area is held by the Free Syrian Army, Hayat Tahrir Al-Sham and Jaysh Khaled."
        + " Hayat Tahrir Al-Sham was seen near Jaysh Khaled.");
    // sure of nothing: the rules of context type every name
    NameTyper unsure = names -> names.stream().map(n -> new NameTyper.Reading(EntityType.PER, 0.1f)).toList();

    List<Mention> mentions = new EntityExtractor(Gazetteer.countries(), unsure).extract(List.of(doc));

    var org = io.newsdesk.core.model.EntityType.ORGANIZATION;
    assertTrue(mentions.contains(new Mention("Free Syrian Army", org, "a1", true)), mentions.toString());
    // listed with an organisation: organisations, the second through the first
    assertTrue(mentions.contains(new Mention("Hayat Tahrir Al-Sham", org, "a1")), mentions.toString());
    assertTrue(mentions.contains(new Mention("Jaysh Khaled", org, "a1")), mentions.toString());
    // "near" joins no list: the second sentence's names keep what context says of them
    assertEquals(2, mentions.stream().filter(m -> m.type() == org && !m.sure()).count(), mentions.toString());
  }

  @Test
  void aNameThatSpellsTheOutletOfAnArticleReadOrACitedOneIsAnOrganisation() {
    String text = "The deal was reached on Friday, sources told the Kelport Now and Reuters.";
    Document own = new DocumentAnalyzer().analyze(new Article("a1", "test", null, "Deal reached",
        Instant.parse("2018-07-06T10:00:00Z"), "www.kelportnow.com", "en", text));
    NameTyper personTyper = names -> names.stream().map(n -> new NameTyper.Reading(EntityType.PER, 9f)).toList();

    var org = io.newsdesk.core.model.EntityType.ORGANIZATION;
    List<Mention> inOwn = new EntityExtractor(Gazetteer.countries(), personTyper).extract(List.of(own));
    assertTrue(inOwn.contains(new Mention("Kelport Now", org, "a1", true)), inOwn.toString());
    assertTrue(inOwn.contains(new Mention("Reuters", org, "a1", true)), inOwn.toString());
    // the same sentence in an article of another outlet: the typer's reading of the unknown outlet stands
    List<Mention> elsewhere = new EntityExtractor(Gazetteer.countries(), personTyper).extract(List.of(article(text)));
    assertTrue(elsewhere.contains(new Mention("Kelport Now", io.newsdesk.core.model.EntityType.PERSON, "a1")),
        elsewhere.toString());
    assertTrue(elsewhere.contains(new Mention("Reuters", org, "a1", true)), elsewhere.toString());
  }

  @Test
  void aDemonymOfSeveralWordsNamesItsCountry() {
    Document doc = article("North Korean officials met South Koreans and Syrian envoys on Friday.");

    List<Mention> mentions = new EntityExtractor(Gazetteer.countries(), new RecordingTyper()).extract(List.of(doc));

    var place = io.newsdesk.core.model.EntityType.PLACE;
    for (String country : List.of("North Korea", "South Korea", "Syria")) {
      assertTrue(mentions.contains(new Mention(country, place, "a1", true)), mentions.toString());
    }
    assertTrue(mentions.stream().noneMatch(m -> m.name().contains("Korean")), mentions.toString());
  }

  @Test
  void anAcronymInBracketsAfterItsNameAbbreviatesIt() {
    Document doc = article("Fighters of the Islamic State of Iraq and the Levant (ISIL) left Raqqa. Reporters in"
        + " Sao Paulo (AP) saw the UN Security Council ( UNSC ) meet.");
    NameTyper orgs = names -> names.stream().map(n -> new NameTyper.Reading(EntityType.ORG, 9f)).toList();

    List<Mention> mentions = new EntityExtractor(Gazetteer.countries(), orgs).extract(List.of(doc));

    var org = io.newsdesk.core.model.EntityType.ORGANIZATION;
    assertTrue(mentions.contains(new Mention("ISIL", org, "a1", false, "Islamic State of Iraq and the Levant")),
        mentions.toString());
    assertTrue(mentions.contains(new Mention("UNSC", org, "a1", true, "UN Security Council")), mentions.toString());
    assertTrue(mentions.stream().filter(m -> m.name().equals("AP")).allMatch(m -> m.expansion() == null),
        mentions.toString());
  }

  @Test
  void aPhotoCreditRunIntoANameIsCutAfterTheOutlet() {
    Document doc = article("Associated Press Felipe Massa waves to the crowd. Getty Images Massa wept.\n"
        + "The New York Times Company and BBC News said so, as did Apa Horsiesios.");

    List<String> names = new EntityExtractor(Gazetteer.countries(), new RecordingTyper()).extract(List.of(doc))
        .stream().map(Mention::name).toList();

    assertTrue(names.containsAll(List.of("Associated Press", "Felipe Massa", "Getty Images", "Massa")),
        names.toString());
    assertTrue(names.containsAll(List.of("New York Times Company", "BBC News", "Apa Horsiesios")), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.startsWith("Associated Press ") || n.startsWith("Getty Images ")),
        names.toString());
  }
}
