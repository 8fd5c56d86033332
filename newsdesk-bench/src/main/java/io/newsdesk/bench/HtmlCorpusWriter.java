package io.newsdesk.bench;

import io.newsdesk.core.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a corpus as one simple news page per article, {@code DIR/<outlet>/<id>.html}: a title, navigation,
 * the article's paragraphs inside {@code <article>}, a "most read" box and a footer, so that an HTML reader
 * has boilerplate to leave out.
 */
public final class HtmlCorpusWriter {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /** Returns the files written. */
  public List<Path> write(GeneratedCorpus corpus, Path dir) throws IOException {
    List<Path> written = new ArrayList<>(corpus.articles().size());
    for (Article a : corpus.articles()) {
      Path folder = dir.resolve(Outlet.slug(a.outlet()));
      Files.createDirectories(folder);
      Path file = folder.resolve(a.id() + ".html");
      Files.writeString(file, page(a), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  static String page(Article a) {
    StringBuilder h = new StringBuilder(a.text().length() * 2 + 1500);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(a.title())).append(" | ").append(esc(a.outlet())).append("</title>\n")
        .append("<link rel=\"canonical\" href=\"").append(esc(a.url())).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("\">\n")
        .append("</head>\n<body>\n<header>\n<div class=\"logo\">").append(esc(a.outlet())).append("</div>\n")
        .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
        .append("<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li>")
        .append("<li><a href=\"/opinion\">Opinion</a></li><li><a href=\"/subscribe\">Subscribe</a></li></ul></nav>\n")
        .append("</header>\n<main>\n<article>\n<h1>").append(esc(a.title())).append("</h1>\n")
        .append("<p class=\"byline\">By staff reporters | <time datetime=\"").append(a.published()).append("\">")
        .append(SHOWN.format(a.published())).append("</time></p>\n");
    for (String paragraph : a.text().split("\n\n")) {
      h.append("<p>").append(esc(paragraph)).append("</p>\n");
    }
    h.append("</article>\n<aside class=\"most-read\"><h2>Most read</h2><ol>")
        .append("<li><a href=\"/1\">Ten photos of the week you should not miss</a></li>")
        .append("<li><a href=\"/2\">The best street food stalls, as chosen by our critics</a></li>")
        .append("<li><a href=\"/3\">What the new school timetable means for parents</a></li></ol></aside>\n")
        .append("</main>\n<footer>\n<p>&copy; 2024 ").append(esc(a.outlet())).append(". All rights reserved.</p>\n")
        .append("<p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a> | ")
        .append("<a href=\"/contact\">Contact us</a></p>\n</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
