package io.newsdesk.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newsdesk.core.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a corpus as JSON Lines, one file per outlet as a feed export would be, each line an object with
 * {@code id, title, url, published, outlet, text}: the fields PRODUCT.md lists for JSON input. No
 * {@code language}, so that reading it does the work real input needs.
 */
public final class JsonlCorpusWriter {

  private final JsonFactory json = new JsonFactory();

  /** Writes {@code DIR/<outlet>.jsonl} files; returns the files written. */
  public List<Path> write(GeneratedCorpus corpus, Path dir) throws IOException {
    return write(corpus.articles(), dir);
  }

  /** Writes {@code DIR/<outlet>.jsonl} files ({@code unknown-outlet.jsonl} for articles without one). */
  public List<Path> write(List<Article> articles, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Writer> files = new LinkedHashMap<>();
    try {
      for (Article a : articles) {
        String slug = a.outlet() == null ? "" : Outlet.slug(a.outlet());
        String name = (slug.isEmpty() ? "unknown-outlet" : slug) + ".jsonl";
        Writer out = files.computeIfAbsent(name, n -> open(dir.resolve(n)));
        writeLine(a, out);
      }
    } finally {
      for (Writer w : files.values()) {
        w.close();
      }
    }
    return files.keySet().stream().map(dir::resolve).toList();
  }

  private void writeLine(Article a, Writer out) throws IOException {
    try (JsonGenerator g = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      writeIfKnown(g, "title", a.title());
      writeIfKnown(g, "url", a.url());
      writeIfKnown(g, "published", a.published() == null ? null : a.published().toString());
      writeIfKnown(g, "outlet", a.outlet());
      g.writeStringField("text", a.text());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeIfKnown(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static Writer open(Path file) {
    try {
      return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
