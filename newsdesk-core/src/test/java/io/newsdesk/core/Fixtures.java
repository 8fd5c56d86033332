package io.newsdesk.core;

import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.text.DocumentAnalyzer;
import java.time.Instant;

/** Small articles for the tests of every stage, written for these tests. */
public final class Fixtures {

  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

  private Fixtures() {}

  public static Article article(String id, String outlet, String date, String title, String text) {
    return new Article(id, id, null, title, date == null ? null : Instant.parse(date + "T08:00:00Z"), outlet, "en",
        text);
  }

  public static Document doc(String id, String outlet, String date, String title, String text) {
    return ANALYZER.analyze(article(id, outlet, date, title, text));
  }

  public static Document doc(String id, String text) {
    return doc(id, "Outlet " + id, null, null, text);
  }
}
