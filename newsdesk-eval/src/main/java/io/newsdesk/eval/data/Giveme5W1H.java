package io.newsdesk.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.ingest.PublicationDates;
import io.newsdesk.core.model.FiveWs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Giveme5W1H gold set (Hamborg et al., 2019): 96 news articles in JSON, each with its event (field
 * {@code category}; one article has none) and the who, what, when, where, why and how phrases its coders
 * annotated. Read from its folder at run time; nothing of it is copied into newsdesk.
 */
public final class Giveme5W1H {

  /** The questions annotated, in the dataset's order. */
  public static final List<String> QUESTIONS = FiveWs.QUESTIONS;

  /**
   * One article as newsdesk reads it: the description (the lead the site shows) before the text when the text
   * does not already begin with it.
   *
   * @param category    the event it reports, or "" when unlabelled
   * @param annotations the annotated phrases per question; a question the coders agreed has no answer is empty
   */
  public record Article(io.newsdesk.core.model.Article article, String category, Map<String, List<String>> annotations) {
    public Article {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      annotations.forEach((q, phrases) -> copy.put(q, List.copyOf(phrases)));
      annotations = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean labelled() {
      return !category.isBlank();
    }

    /**
     * The unit of the dev/test split: the event, so that no part of an event is seen while tuning; an unlabelled
     * article is a unit of its own.
     */
    public String splitUnit() {
      return labelled() ? category : "article/" + article.id();
    }

    /** Which part of the fixed split this article falls in. */
    public io.newsdesk.eval.Split.Part part() {
      return io.newsdesk.eval.Split.of(splitUnit());
    }
  }

  private Giveme5W1H() {}

  /** Reads every article of the set under {@code dir} (the folder that holds {@code data/}, or {@code data/}). */
  public static List<Article> read(Path dir) {
    List<Article> out = new ArrayList<>();
    Path data = eachJson(dir, "the Giveme5W1H set", (n, f) -> out.add(article(n, f)));
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no Giveme5W1H JSON files in " + data);
    }
    return out;
  }

  /**
   * Hands each {@code .json} file of a news-please set (under {@code dir}/data, or {@code dir} itself), parsed, to
   * {@code each}, in order of file name; returns the folder read. Both news-please sets here are read this way.
   */
  static Path eachJson(Path dir, String set, java.util.function.BiConsumer<JsonNode, Path> each) {
    Path data = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        each.accept(mapper.readTree(f.toFile()), f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + set + " at " + data, e);
    }
    return data;
  }

  /**
   * An article of the Giveme5W1H project's news-please JSON as newsdesk reads it: the description (the lead the
   * site shows) before the text when the text does not already begin with it; the outlet is the publisher, else
   * the site's domain (the news_cluster set of {@code ../shared/data/stories} names only the domain).
   */
  public static io.newsdesk.core.model.Article newsPlease(JsonNode n, Path file) {
    String text = n.path("text").asText("");
    String description = n.path("description").asText("");
    // news-please writes a missing field as the string "None"
    if (!description.isBlank() && !description.equals("None") && !text.startsWith(description)) {
      text = description + "\n\n" + text;
    }
    String outlet = n.path("publisher").asText(null);
    if (outlet == null || outlet.isBlank() || outlet.equals("None")) {
      outlet = n.path("source_domain").asText(null);
    }
    return new io.newsdesk.core.model.Article(
        n.path("dId").asText(file.getFileName().toString()), file.toString(), n.path("url").asText(null),
        n.path("title").asText(null), PublicationDates.parse(n.path("date_publish").asText(null)).orElse(null),
        outlet, "en", text);
  }

  private static Article article(JsonNode n, Path file) {
    io.newsdesk.core.model.Article article = newsPlease(n, file);
    Map<String, List<String>> annotations = new LinkedHashMap<>();
    for (String q : QUESTIONS) {
      List<String> phrases = new ArrayList<>();
      for (JsonNode a : n.path("fiveWoneH").path(q).path("annotated")) {
        String phrase = a.path("text").asText("").strip();
        if (!phrase.isEmpty()) {
          phrases.add(phrase);
        }
      }
      annotations.put(q, phrases);
    }
    return new Article(article, n.path("category").asText(""), annotations);
  }
}
