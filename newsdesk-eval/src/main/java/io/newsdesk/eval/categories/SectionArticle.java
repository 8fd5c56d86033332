package io.newsdesk.eval.categories;

import io.newsdesk.core.classify.Section;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.embed.EventText;
import io.newsdesk.core.text.SentenceSplitter;
import io.newsdesk.eval.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An article of news-cluster (Giveme5W1H's news_cluster set, {@code ../shared/data/stories/news-cluster}) with its
 * coarse section ({@code newsCluster.Category}) and the story it follows ({@code newsCluster.EventId}).
 *
 * @param text what the classifier reads of it: the title and the first sentences of the text
 */
record SectionArticle(String id, String text, Section section, int story) {

  /**
   * The unit of the dev/test split: the story, so that no article of a test story is trained or tuned on
   * ({@code Split.of("story/" + EventId)}).
   */
  Split.Part part() {
    return Split.of("story/" + story);
  }

  /** Every labelled article under {@code dir} (the folder that holds {@code data/}, or {@code data/}), by file name. */
  static List<SectionArticle> read(Path dir) {
    return read(dir, EventText.LEAD_SENTENCES);
  }

  /** The same, reading {@code leadSentences} sentences of each text after its title (the sweep tries a few). */
  static List<SectionArticle> read(Path dir, int leadSentences) {
    Path data = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
    ObjectMapper mapper = new ObjectMapper();
    SentenceSplitter splitter = new SentenceSplitter();
    List<SectionArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = mapper.readTree(f.toFile());
        JsonNode label = n.path("newsCluster");
        if (!label.hasNonNull("Category") || !label.hasNonNull("EventId")) {
          continue;
        }
        String body = n.path("text").asText("");
        var sentences = splitter.split(body);
        List<String> lead = sentences.isEmpty() ? List.of(n.path("description").asText(""))
            : sentences.subList(0, Math.min(leadSentences, sentences.size())).stream()
                .map(io.newsdesk.core.model.Sentence::text).toList();
        out.add(new SectionArticle(f.getFileName().toString(),
            EventText.of(n.path("title").asText(""), lead.subList(0, Math.min(leadSentences,
                lead.size()))),
            Section.of(label.get("Category").asText()), label.get("EventId").asInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read news-cluster at " + data, e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no labelled news-cluster JSON files in " + data);
    }
    return out;
  }
}
