package io.newsdesk.core.ingest;

import io.newsdesk.core.model.Article;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One article per {@code .txt} file. A short first line followed by a blank line is the title; a dateline
 * line near the top ("Posted July 09, 2018") gives the publication date and is not part of the text.
 */
public final class PlainTextReader implements ArticleReader {

  private static final int MAX_TITLE_LENGTH = 160;
  private static final int DATELINE_SEARCH_LINES = 6;


  @Override
  public List<String> fileTypes() {
    return List.of(".txt");
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException {
    String text = TextDecoder.decode(file.readAllBytes());
    sink.article(parse(file.id(), file.path().toString(), text));
  }

  /** Parses the text of one article file; throws when nothing readable remains. */
  public static Article parse(String id, String source, String raw) throws UnreadableContentException {
    List<String> lines = new ArrayList<>(List.of(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    stripBlankEdges(lines);
    if (lines.isEmpty()) {
      throw new UnreadableContentException("no text (the file holds only white space)");
    }
    String title = null;
    if (lines.size() > 2 && lines.get(1).isBlank() && lines.get(0).strip().length() <= MAX_TITLE_LENGTH) {
      title = lines.get(0).strip();
      lines.subList(0, 2).clear();
    }
    Instant published = null;
    for (int i = 0; i < Math.min(DATELINE_SEARCH_LINES, lines.size()); i++) {
      String line = lines.get(i).strip();
      if (PublicationDates.isDateline(line)) {
        published = PublicationDates.findDate(line).orElse(null);
        lines.remove(i);
        break;
      }
    }
    stripBlankEdges(lines);
    String body = String.join("\n", lines).replaceAll("\n[ \t]*\n(?:[ \t]*\n)+", "\n\n");
    if (body.isBlank()) {
      throw new UnreadableContentException("no article text after the title and dateline");
    }
    return new Article(id, source, null, title, published, null, null, body);
  }

  private static void stripBlankEdges(List<String> lines) {
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
  }
}
