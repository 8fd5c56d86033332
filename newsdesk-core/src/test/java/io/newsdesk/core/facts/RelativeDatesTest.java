package io.newsdesk.core.facts;

import static io.newsdesk.core.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

  private static final LocalDate MONDAY = LocalDate.of(2018, 7, 9);

  private static LocalDate date(String text) {
    return RelativeDates.first(text, MONDAY).orElseThrow();
  }

  @Test
  void resolvesWeekdaysAgainstThePublicationDate() {
    assertEquals(LocalDate.of(2018, 7, 6), date("officials said on Friday"));
    assertEquals(LocalDate.of(2018, 7, 6), date("Early Friday the army moved"));
    assertEquals(LocalDate.of(2018, 7, 6), date("Friday's agreement came after"));
    assertEquals(MONDAY, date("talks resumed on Monday"));
    assertEquals(LocalDate.of(2018, 7, 13), date("a vote is due next Friday"));
  }

  @Test
  void resolvesOtherForms() {
    assertEquals(LocalDate.of(2018, 7, 8), date("the convoy left yesterday"));
    assertEquals(LocalDate.of(2018, 6, 1), date("the offensive began last month"));
    assertEquals(LocalDate.of(2018, 6, 19), date("the assault, which began on June 19"));
    assertEquals(LocalDate.of(2017, 12, 30), date("on December 30 the first shells fell"));
    assertEquals(LocalDate.of(2015, 3, 1), date("captured it on March 1, 2015"));
  }

  @Test
  void skipsDaysToComeAndImpossibleDates() {
    assertEquals(Optional.empty(), RelativeDates.first("schools stay closed until Monday", MONDAY));
    assertEquals(Optional.empty(), RelativeDates.first("on June 31 nothing happened", MONDAY));
    assertEquals(Optional.empty(), RelativeDates.first("no date here", MONDAY));
  }

  @Test
  void anEventStartsWhenItsLeadsSayItHappened() {
    var monday = doc("a", "Post", "2018-07-09", null, "The army took the crossing on Friday, officials said.");
    var tuesday = doc("b", "Ledger", "2018-07-10", null, "Rebels handed over their weapons.");
    Instant start = new EventDater().start(List.of(monday, tuesday)).orElseThrow();
    assertEquals(Instant.parse("2018-07-06T00:00:00Z"), start);
    assertTrue(new EventDater().start(List.of(doc("c", "Undated text."))).isEmpty());
  }
}
