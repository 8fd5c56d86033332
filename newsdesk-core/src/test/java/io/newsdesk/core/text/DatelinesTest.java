package io.newsdesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {

  @Test
  void findsTheDatelinesPlaceAfterABylineAndWritesItAsElsewhere() {
    assertEquals(List.of("Washington"),
        Datelines.places("By Alana Wise and Mark Hosenball WASHINGTON, Nov 6 (Reuters) - The FBI said"));
    assertEquals(List.of("London"), Datelines.places("Photo LONDON -- The peaks are slimmer"));
    assertEquals(List.of(), Datelines.places("The FBI said on Sunday it stood by its finding."),
        "an acronym of two capitals is no dateline");
    assertEquals("Al-Quneitra", Datelines.asWritten("AL-QUNEITRA"));
    assertEquals("New York", Datelines.asWritten("NEW YORK"));
  }

  @Test
  void stripsTheLeadingDateline() {
    assertEquals("Rebels handed over their weapons.",
        Datelines.strip("DARAA, Syria (Wire) — rebels handed over their weapons."));
    assertEquals(0, Datelines.leadLength("Rebels handed over their weapons."));
  }
}
