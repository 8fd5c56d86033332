package io.newsdesk.eval.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The news documents of GUM, the Georgetown University Multilayer corpus (Zeldes, 2017): Wikinews articles in
 * UD CoNLL-U files ({@code GUM_news_*.conllu}), each a {@code # newdoc id = ...} followed by {@code # meta::...}
 * headers and its sentences' {@code # text = ...} lines, grouped into paragraphs by {@code # newpar_block}. Every
 * document carries five one-sentence summaries ({@code # meta::summary1..5}), each opened by its writer in
 * brackets: {@code (human1)} for the one written by a person, a model's name for the others. Read from its folder
 * at run time; nothing of it is copied into newsdesk.
 */
public final class Gum {

  /**
   * One document as an article would carry it: its title, the day it was written, and its body, the paragraphs
   * of running text (paragraphs and quotes; the title heading, subheadings, figure captions and Wikinews' date
   * line left out, since they are page furniture, not the article's sentences).
   *
   * @param name       the document's id, e.g. {@code GUM_news_asylum}
   * @param paragraphs the body, one string per paragraph
   * @param summaries  the summaries in header order, without their writer's bracket
   * @param writers    who wrote each summary, e.g. {@code human1}, in the same order
   */
  public record Document(String name, String title, Instant created, List<String> paragraphs, List<String> summaries,
                         List<String> writers) {
    public Document {
      paragraphs = List.copyOf(paragraphs);
      summaries = List.copyOf(summaries);
      writers = List.copyOf(writers);
    }

    /** The body, paragraphs separated by a blank line. */
    public String text() {
      return String.join("\n\n", paragraphs);
    }

    /** The unit of the dev/test split: the document. */
    public io.newsdesk.eval.Split.Part part() {
      return io.newsdesk.eval.Split.of(name);
    }

    /** The article newsdesk reads for this document. */
    public io.newsdesk.core.model.Article article() {
      return new io.newsdesk.core.model.Article(name, name, null, title, created, "Wikinews", "en", text());
    }
  }

  private static final String NEWDOC = "# newdoc id =";
  private static final Pattern HEADER = Pattern.compile("^# ([\\w:.]+) = (.*)$");
  private static final Pattern SUMMARY = Pattern.compile("meta::summary(\\d+)");
  private static final Pattern WRITER = Pattern.compile("^\\((\\S+)\\)\\s*(.*)$");
  /** Wikinews' date line, the first sentence under the title: "Monday, May 18, 2015". */
  private static final Pattern DATE_LINE = Pattern.compile(
      "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\w+ \\d{1,2}, \\d{4}$");

  private Gum() {}

  /** Reads every {@code GUM_news_*.conllu} document under {@code dir}, by file name. */
  public static List<Document> readNews(Path dir) {
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("GUM_news_.*\\.conllu")).sorted().toList()) {
        out.addAll(parse(Files.readAllLines(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GUM at " + dir, e);
    }
    return out;
  }

  /** The documents of one CoNLL-U file's lines. */
  static List<Document> parse(List<String> lines) {
    List<Document> out = new ArrayList<>();
    Builder doc = null;
    for (String line : lines) {
      if (line.startsWith(NEWDOC)) {
        if (doc != null) {
          out.add(doc.build());
        }
        doc = new Builder(line.substring(NEWDOC.length()).strip());
        continue;
      }
      Matcher m = HEADER.matcher(line);
      if (doc == null || !m.matches()) {
        continue;
      }
      String key = m.group(1);
      String value = m.group(2).strip();
      switch (key) {
        case "meta::title" -> doc.title = value;
        case "meta::dateCreated" -> doc.created = day(value);
        case "newpar_block" -> doc.newParagraph(value);
        case "text" -> doc.sentence(value);
        default -> {
          Matcher s = SUMMARY.matcher(key);
          if (s.matches()) {
            doc.summaries.put(Integer.parseInt(s.group(1)), value);
          }
        }
      }
    }
    if (doc != null) {
      out.add(doc.build());
    }
    return out;
  }

  private static Instant day(String iso) {
    try {
      return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A document as its lines are read. */
  private static final class Builder {
    final String name;
    String title = "";
    Instant created;
    final Map<Integer, String> summaries = new TreeMap<>();
    final List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph;
    boolean body;
    boolean seenBody;

    Builder(String name) {
      this.name = name;
    }

    /**
     * A paragraph begins; its block says what it is, the innermost last ("figure (1 s) | caption (1 s)" is a
     * caption, "figure (0 s) | p (1 s)" a paragraph beside a picture).
     */
    void newParagraph(String block) {
      flush();
      String[] parts = block.split("\\|");
      String kind = parts[parts.length - 1].strip().split("[\\s(]", 2)[0];
      body = kind.equals("p") || kind.equals("quote");
      paragraph = new StringBuilder();
    }

    void sentence(String text) {
      if (paragraph == null) {
        paragraph = new StringBuilder();
      }
      if (body && !seenBody && DATE_LINE.matcher(text).matches()) {
        seenBody = true;
        return;
      }
      if (body) {
        seenBody = true;
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
      }
    }

    void flush() {
      if (paragraph != null && !paragraph.isEmpty()) {
        paragraphs.add(paragraph.toString());
      }
      paragraph = null;
    }

    Document build() {
      flush();
      List<String> texts = new ArrayList<>();
      List<String> writers = new ArrayList<>();
      for (String s : summaries.values()) {
        Matcher w = WRITER.matcher(s);
        writers.add(w.matches() ? w.group(1) : "");
        texts.add(w.matches() ? w.group(2) : s);
      }
      return new Document(name, title, created, paragraphs, texts, writers);
    }
  }
}
