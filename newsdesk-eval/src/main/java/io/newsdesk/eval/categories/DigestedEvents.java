package io.newsdesk.eval.categories;

import io.newsdesk.core.embed.EventText;
import io.newsdesk.core.model.Event;
import io.newsdesk.core.pipeline.Digest;
import io.newsdesk.core.pipeline.Progress;
import io.newsdesk.eval.Split;
import io.newsdesk.eval.data.NewsCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events that {@code newsdesk digest} makes of news-cluster's articles, each part of the split digested on its
 * own (so no event mixes dev and test stories), and what the classifier reads of each: its headline and summary
 * ({@link EventText#of(Event)}). The digest gives a kind to events, not to articles; an article's section
 * is its event's. The grouping is the digest's own, never the gold stories.
 */
record DigestedEvents(int events, List<String> eventTextOfArticle) {

  /** The text of each article's event, in the order of {@code articles} (matched by file name). */
  static DigestedEvents of(Path data, List<SectionArticle> articles, Digest digest) {
    Map<String, io.newsdesk.core.model.Article> byFile = new HashMap<>();
    for (NewsCluster.Article a : NewsCluster.read(data)) {
      byFile.put(Path.of(a.article().source()).getFileName().toString(), a.article());
    }
    Map<String, String> textOfArticleId = new HashMap<>();
    int events = 0;
    for (Split.Part part : Split.Part.values()) {
      List<io.newsdesk.core.model.Article> in = articles.stream().filter(a -> a.part() == part)
          .map(a -> byFile.get(a.id())).toList();
      if (in.contains(null)) {
        throw new IllegalStateException("a labelled article of " + data + " was not read as news-cluster");
      }
      for (Event e : digest.events(in, Progress.NONE).events()) {
        String text = EventText.of(e);
        e.articles().forEach(a -> textOfArticleId.put(a.id(), text));
        events++;
      }
    }
    List<String> out = new ArrayList<>();
    for (SectionArticle a : articles) {
      String text = textOfArticleId.get(byFile.get(a.id()).id());
      if (text == null) {
        throw new IllegalStateException("the digest put " + a.id() + " in no event");
      }
      out.add(text);
    }
    return new DigestedEvents(events, out);
  }
}
