package io.newsdesk.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

/**
 * Articles as JSON objects with {@code text} and optionally {@code title, url, published, outlet, id, language}.
 * A {@code .json} file holds one object, an array of them, or {@code {"articles": [...]}}; a {@code .jsonl}
 * file holds one object per line and is streamed, so it may be of any size.
 */
public final class JsonArticleReader implements ArticleReader {

  private final ObjectMapper mapper = new ObjectMapper();


  @Override
  public List<String> fileTypes() {
    return List.of(".json", ".jsonl", ".ndjson");
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException {
    if (file.lowerCaseName().endsWith(".json")) {
      readDocument(file, sink);
    } else {
      readLines(file, sink);
    }
  }

  private void readDocument(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException {
    JsonNode root = parse(TextDecoder.decode(file.readAllBytes()));
    JsonNode items = root.isArray() ? root : root.path("articles").isArray() ? root.get("articles") : null;
    if (items == null) {
      emit(root, file.id(), file.path().toString(), sink);
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      emit(items.get(i), file.id() + "#" + (i + 1), file.path() + "[" + i + "]", sink);
    }
  }

  private void readLines(SourceFile file, ArticleSink sink) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int lineNo = 0;
      boolean more = true;
      while (more) {
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (line.size() < file.maxBytes()) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
        more = b != -1;
        lineNo++;
        String where = file.path() + ":" + lineNo;
        if (tooLong) {
          sink.problem(new Problem(where, "record over the " + SourceFile.megabytes(file.maxBytes())
              + " limit for one article, skipped"));
          continue;
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
          continue;
        }
        try {
          emit(parse(TextDecoder.decode(bytes)), file.id() + "#" + lineNo, where, sink);
        } catch (UnreadableContentException e) {
          sink.problem(new Problem(where, e.getMessage()));
        }
      }
    }
  }

  private JsonNode parse(String json) throws UnreadableContentException {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UnreadableContentException("invalid JSON: " + e.getOriginalMessage());
    }
  }

  private static void emit(JsonNode node, String fallbackId, String source, ArticleSink sink) {
    if (!node.isObject()) {
      sink.problem(new Problem(source, "expected a JSON object, found " + node.getNodeType().name().toLowerCase()));
      return;
    }
    String text = field(node, "text");
    if (text == null || text.isBlank()) {
      sink.problem(new Problem(source, "no \"text\" field, or it is empty"));
      return;
    }
    String url = field(node, "url");
    String id = field(node, "id");
    if (id == null || id.isBlank()) {
      id = url != null && !url.isBlank() ? url : fallbackId;
    }
    String publishedValue = field(node, "published");
    Instant published = PublicationDates.parse(publishedValue).orElse(null);
    if (publishedValue != null && !publishedValue.isBlank() && published == null) {
      sink.problem(new Problem(source, "unreadable \"published\" value " + quoted(publishedValue)
          + ", article kept without a date"));
    }
    sink.article(new Article(id, source, url, field(node, "title"), published, field(node, "outlet"),
        field(node, "language"), text.replace("\r\n", "\n").strip()));
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  private static String quoted(String s) {
    return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
