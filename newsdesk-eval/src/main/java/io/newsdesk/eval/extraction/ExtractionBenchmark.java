package io.newsdesk.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.core.ingest.UnreadableContentException;
import io.newsdesk.core.ingest.html.ArticleExtractor;
import io.newsdesk.core.ingest.html.ExtractedArticle;
import io.newsdesk.core.ingest.html.HtmlDecoder;
import io.newsdesk.eval.Split;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

    List<byte[]> pages = new ArrayList<>(gold.size());
    for (GoldPage page : gold) {
      pages.add(gunzip(workDir.resolve("html").resolve(page.id() + ".html.gz")));
    }

    List<PageResult> results = new ArrayList<>(gold.size());
    ObjectNode predictions = json.createObjectNode();
    long started = System.nanoTime();
    for (int i = 0; i < gold.size(); i++) {
      GoldPage page = gold.get(i);
      byte[] raw = pages.get(i);
      ExtractedArticle article = extract(raw, page.url());
      String text = article == null ? "" : article.text();
      predictions.putObject(page.id()).put("articleBody", text).put("url", page.url());
      ShingleMatching.Counts c = ShingleMatching.compare(page.text(), text);
      boolean markup = DateMarkup.present(new String(raw, StandardCharsets.UTF_8));
      results.add(new PageResult(page.id(), c, ShingleMatching.sameTokens(page.text(), text),
          article == null ? null : article.published(), markup, DateMarkup.urlDate(page.url())));
    }
    double firstPass = (System.nanoTime() - started) / 1e9;
    // The scored pass ran on a cold JVM and scored as it went; throughput is timed on a second, extraction only.
    started = System.nanoTime();
    for (int i = 0; i < gold.size(); i++) {
      extract(pages.get(i), gold.get(i).url());
    }
    double secondPass = (System.nanoTime() - started) / 1e9;
    Path output = workDir.resolve("output").resolve(OUTPUT_NAME);
    Files.createDirectories(output.getParent());
    ObjectNode wrapped = json.createObjectNode().put("version", version);
    wrapped.set("output", predictions);
    json.writeValue(output.toFile(), wrapped);
    return new ExtractionReport(results, secondPass, firstPass, output);
  }

  /** The part of the fixed split a benchmark page is in: by its file name, {@code ID.html.gz}. */
  static Split.Part part(String pageId) {
    return Split.of(pageId + ".html.gz");
  }

  /**
   * Scores the other systems' predictions already in the benchmark's {@code output/} folder with the same
   * metric, so that newsdesk's figure stands beside theirs as computed by this port. Files that are not
   * predictions for exactly the ground-truth pages are left out.
   */
  public Map<String, SplitScores> scoreOtherOutputs(Path workDir) throws IOException {
    List<GoldPage> gold = readGroundTruth(workDir.resolve("ground-truth.json"));
    Map<String, SplitScores> scores = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(workDir.resolve("output"))) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json")
          && !f.getFileName().toString().equals(OUTPUT_NAME)).sorted().toList();
    }
    for (Path file : files) {
      JsonNode root = json.readTree(file.toFile());
      JsonNode output = root.has("output") && root.has("version") && root.size() == 2 ? root.get("output") : root;
      if (output.size() != gold.size()) {
        continue;
      }
      List<PageResult> pages = new ArrayList<>();
      boolean complete = true;
      for (GoldPage page : gold) {
        JsonNode predicted = output.get(page.id());
        if (predicted == null) {
          complete = false;
          break;
        }
        String text = predicted.path("articleBody").asText("");
        pages.add(new PageResult(page.id(), ShingleMatching.compare(page.text(), text),
            ShingleMatching.sameTokens(page.text(), text), null, false, null));
      }
      if (complete) {
        String name = file.getFileName().toString();
        scores.put(name.substring(0, name.length() - ".json".length()), SplitScores.of(pages));
      }
    }
    return scores;
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
