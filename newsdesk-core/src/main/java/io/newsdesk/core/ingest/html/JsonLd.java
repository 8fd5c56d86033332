package io.newsdesk.core.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page describes itself with in {@code <script type="application/ld+json">}. Pages get
 * this JSON wrong often (raw line breaks in strings, trailing commas); what cannot be read is ignored.
 */
final class JsonLd {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();
  private static final int MAX_DEPTH = 6;

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  static JsonLd of(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        collect(MAPPER.readTree(script.data()), objects, 0);
      } catch (IOException | RuntimeException unreadable) {
        // A page's broken JSON-LD is its own business; the other sources of metadata remain.
      }
    }
    return new JsonLd(objects);
  }

  private static void collect(JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, into, depth + 1));
    } else if (node.isObject()) {
      into.add(node);
      collect(node.get("@graph"), into, depth + 1);
      collect(node.get("mainEntity"), into, depth + 1);
    }
  }

  /** The first text value of {@code field} on an article-like object, then on any object. */
  Optional<String> articleField(String field) {
    for (boolean articlesOnly : new boolean[] {true, false}) {
      for (JsonNode o : objects) {
        if (articlesOnly && !isArticle(o)) {
          continue;
        }
        Optional<String> v = text(o.get(field));
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  /** The name of a person or organisation field ({@code author}, {@code publisher}) on an article-like object. */
  Optional<String> articleName(String field) {
    for (JsonNode o : objects) {
      if (!isArticle(o)) {
        continue;
      }
      JsonNode v = o.get(field);
      List<String> names = new ArrayList<>();
      if (v != null && v.isArray()) {
        v.forEach(n -> name(n).ifPresent(names::add));
      } else {
        name(v).ifPresent(names::add);
      }
      if (!names.isEmpty()) {
        return Optional.of(String.join(", ", names));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> name(JsonNode n) {
    if (n == null) {
      return Optional.empty();
    }
    if (n.isTextual()) {
      return text(n);
    }
    return text(n.get("name"));
  }

  private static Optional<String> text(JsonNode n) {
    if (n != null && n.isArray() && !n.isEmpty()) {
      n = n.get(0);
    }
    if (n == null || !n.isValueNode()) {
      return Optional.empty();
    }
    String s = n.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static boolean isArticle(JsonNode o) {
    JsonNode type = o.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isArticleType(type.asText());
  }

  private static boolean isArticleType(String t) {
    // NewsArticle, ReportageNewsArticle, OpinionNewsArticle, ScholarlyArticle... all end so.
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting") || t.equals("Report")
        || t.equals("SocialMediaPosting");
  }
}
