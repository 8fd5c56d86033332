package io.newsdesk.core.summarize;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.TimelineEntry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An event's developments day by day, when its articles span several days: for each day, the sentence of that
 * day's articles that adds most to what the earlier days said. Undated articles have no day and are left out.
 */
final class TimelineWriter {

  List<TimelineEntry> write(List<Document> event, EventFacets facets) {
    Map<LocalDate, List<Document>> byDay = new TreeMap<>();
    for (Document d : event) {
      if (d.article().published() != null) {
        byDay.computeIfAbsent(d.article().published().atZone(ZoneOffset.UTC).toLocalDate(), k -> new ArrayList<>())
            .add(d);
      }
    }
    if (byDay.size() < 2) {
      return List.of();
    }
    List<TimelineEntry> out = new ArrayList<>();
    Set<String> said = new HashSet<>();
    byDay.forEach((day, docs) -> {
      CandidateSentence best = null;
      double bestGain = 0;
      for (CandidateSentence c : CandidateSentence.all(docs)) {
        double gain = facets.gain(c, said);
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      if (best != null) {
        said.addAll(best.facets());
        out.add(new TimelineEntry(day, best.text(), new SupportFinder(docs).supporters(best.text(), best.doc())));
      }
    });
    return out;
  }
}
