package io.newsdesk.core.facts;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Sentence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * When an event happened: the earliest date that its articles' opening sentences give for it ("officials said on
 * Friday" in a Monday article is that Friday), else the earliest publication date.
 */
public final class EventDater {

  private static final int LEAD_SENTENCES = 2;

  public Optional<Instant> start(List<Document> event) {
    Instant start = null;
    for (Document d : event) {
      Instant published = d.article().published();
      if (published == null) {
        continue;
      }
      LocalDate day = published.atZone(ZoneOffset.UTC).toLocalDate();
      Instant when = published;
      for (Sentence s : d.sentences()) {
        if (s.index() >= LEAD_SENTENCES) {
          break;
        }
        Optional<LocalDate> told = RelativeDates.first(s.text(), day);
        // a lead that names a date after publication speaks of what is to come, not of the event
        if (told.isPresent() && !told.get().isAfter(day)) {
          when = told.get().atStartOfDay(ZoneOffset.UTC).toInstant();
          break;
        }
      }
      if (start == null || when.isBefore(start)) {
        start = when;
      }
    }
    return Optional.ofNullable(start);
  }
}
