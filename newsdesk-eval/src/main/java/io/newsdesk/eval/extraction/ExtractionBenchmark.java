package io.newsdesk.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.core.ingest.UnreadableContentException;
import io.newsdesk.core.ingest.html.ArticleExtractor;
import io.newsdesk.core.ingest.html.ExtractedArticle;
import io.newsdesk.core.ingest.html.HtmlDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;

/**
 * Runs an article extractor over the article-extraction benchmark (Zyte's: 181 news pages with their gold
 * article bodies). The benchmark folder is read only: it is copied to a working folder, where the predictions
 * go to {@code output/newsdesk.json} in the benchmark's own format, so that its {@code evaluate.py} can score
 * them beside the other systems' outputs.
 */
public final class ExtractionBenchmark {

  static final String OUTPUT_NAME = "newsdesk.json";

  private final ArticleExtractor extractor;
  private final String version;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ExtractionBenchmark(ArticleExtractor extractor, String version) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** Checks that {@code data} is the benchmark folder; the message says what is missing. */
  public static void checkDataFolder(Path data) {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no such folder: " + data);
    }
    if (!Files.isRegularFile(data.resolve("ground-truth.json")) || !Files.isDirectory(data.resolve("html"))) {
      throw new IllegalArgumentException(data + " is not the article-extraction benchmark (expected "
          + "ground-truth.json and html/ in it)");
    }
  }

  /**
   * Copies the benchmark from {@code data} into {@code workDir}, extracts every page and scores the result.
   *
   * @param data    the benchmark folder, only read
   * @param workDir an empty or new folder to copy the benchmark into
   */
  public ExtractionReport run(Path data, Path workDir) throws IOException {
    checkDataFolder(data);
    copyFolder(data, workDir);
    List<GoldPage> gold = readGroundTruth(workDir.resolve("ground-truth.json"));

    List<PageResult> results = new ArrayList<>(gold.size());
    List<ShingleMatching.Counts> counts = new ArrayList<>(gold.size());
    List<Boolean> exact = new ArrayList<>(gold.size());
    ObjectNode predictions = json.createObjectNode();
    long nanos = 0;
    for (GoldPage page : gold) {
      byte[] raw = gunzip(workDir.resolve("html").resolve(page.id() + ".html.gz"));
      long started = System.nanoTime();
      ExtractedArticle article = extract(raw, page.url());
      nanos += System.nanoTime() - started;

      String text = article == null ? "" : article.text();
      predictions.putObject(page.id()).put("articleBody", text).put("url", page.url());
      ShingleMatching.Counts c = ShingleMatching.compare(page.text(), text);
      counts.add(c);
      exact.add(ShingleMatching.sameTokens(page.text(), text));
      boolean markup = DateMarkup.present(new String(raw, StandardCharsets.UTF_8));
      results.add(new PageResult(page.id(), c, article == null ? null : article.published(), markup));
    }
    Path output = workDir.resolve("output").resolve(OUTPUT_NAME);
    Files.createDirectories(output.getParent());
    ObjectNode wrapped = json.createObjectNode().put("version", version);
    wrapped.set("output", predictions);
    json.writeValue(output.toFile(), wrapped);
    return new ExtractionReport(ShingleMatching.score(counts, exact), results, nanos / 1e9, output);
  }

  /** The extraction of one page; null when its bytes are no page at all (scored as an empty prediction). */
  private ExtractedArticle extract(byte[] raw, String url) {
    try {
      Document page = HtmlDecoder.parse(raw, null, url == null ? "" : url);
      return extractor.extract(page);
    } catch (UnreadableContentException e) {
      return null;
    }
  }

  private List<GoldPage> readGroundTruth(Path file) throws IOException {
    JsonNode root = json.readTree(file.toFile());
    List<GoldPage> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode url = e.getValue().get("url");
      pages.add(new GoldPage(e.getKey(), e.getValue().path("articleBody").asText(""),
          url == null || url.isNull() ? null : url.asText()));
    }
    return pages;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
