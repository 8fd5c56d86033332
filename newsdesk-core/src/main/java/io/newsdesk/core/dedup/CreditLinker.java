package io.newsdesk.core.dedup;

import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.Passage;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.model.SourceCredit;
import io.newsdesk.core.text.Attribution;
import io.newsdesk.core.text.AttributionFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the sentences that credit a named source to it: "Reuters reports that ..." credits its own sentence;
 * "According to Reuters:" credits what follows it, up to two sentences within the paragraph. Sources that
 * are not names ("officials", "witnesses") are left out: an event's credits say which agencies and outlets
 * its story rests on.
 */
public final class CreditLinker {

  private static final int FOLLOWING = 2;

  private final AttributionFinder attributions = new AttributionFinder();

  public List<SourceCredit> link(List<Document> documents) {
    Map<String, List<Passage>> bySource = new LinkedHashMap<>();
    for (Document doc : documents) {
      List<Sentence> sentences = doc.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        for (Attribution a : attributions.find(s.text())) {
          if (!Character.isUpperCase(a.source().charAt(0))) {
            continue;
          }
          List<Passage> credited = bySource.computeIfAbsent(a.source(), k -> new ArrayList<>());
          if (s.text().strip().endsWith(":")) {
            for (int k = i + 1; k < Math.min(sentences.size(), i + 1 + FOLLOWING); k++) {
              Sentence next = sentences.get(k);
              if (paragraphBreakBetween(doc, sentences.get(k - 1), next)) {
                break;
              }
              credited.add(passage(doc, next));
            }
          } else {
            credited.add(passage(doc, s));
          }
        }
      }
    }
    List<SourceCredit> out = new ArrayList<>();
    bySource.forEach((source, passages) -> {
      if (!passages.isEmpty()) {
        out.add(new SourceCredit(source, passages));
      }
    });
    out.sort((a, b) -> Integer.compare(b.passages().size(), a.passages().size()));
    return out;
  }

  private static Passage passage(Document doc, Sentence s) {
    return new Passage(doc.id(), s.start(), s.end(), s.text());
  }

  private static boolean paragraphBreakBetween(Document doc, Sentence a, Sentence b) {
    return doc.article().text().substring(a.end(), b.start()).contains("\n\n");
  }
}
