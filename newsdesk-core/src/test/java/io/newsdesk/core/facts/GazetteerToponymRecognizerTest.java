package io.newsdesk.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerToponymRecognizerTest {

  private final ToponymRecognizer recognizer = new GazetteerToponymRecognizer(GeoFixtures.world());

  private List<String> names(String text) {
    return recognizer.find(text).stream().map(Toponym::name).toList();
  }

  @Test
  void findsTownsStatesCountriesDemonymsAndCountiesWithTheirOffsets() {
    String text = "Flooding hit Alexandria, La., and Rapides Parish on Friday, Louisiana officials said.";
    List<Toponym> found = recognizer.find(text);
    assertEquals(List.of("Alexandria", "La.", "Rapides Parish", "Louisiana"), found.stream().map(Toponym::name).toList());
    Toponym first = found.get(0);
    assertEquals("Alexandria", text.substring(first.start(), first.end()));
    assertEquals(List.of("Syrian", "Deraa", "Jordan"), names("Syrian troops took Deraa near Jordan's border."));
  }

  @Test
  void keepsPlacesInsideTheNamesOfInstitutionsAndSplitsHyphenatedPairs() {
    assertEquals(List.of("Dublin", "Columbus"), names("The Dublin City Council met in Columbus on Monday."));
    assertEquals(List.of("Paris"), names("He joined the Paris Police Department in May."));
    assertEquals(List.of("Cairo", "Alexandria"), names("A new Cairo-Alexandria rail line opened."));
  }

  @Test
  void leavesOutPeopleAndCommonWordsThatNameHamlets() {
    assertEquals(List.of(), names("Jesse Jackson spoke, and Mayor Paris agreed."));
    assertEquals(List.of(), names("Police said the fire was out. The police stayed."));
    assertEquals(List.of(), names("Paris Hilton arrived late."));
    assertEquals(List.of("Columbus"), names("Dublin said the plan would work. He lives in Columbus."),
        "a name before 'said' is a person's");
  }
}
