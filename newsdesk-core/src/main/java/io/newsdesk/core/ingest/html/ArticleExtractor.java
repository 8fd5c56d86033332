package io.newsdesk.core.ingest.html;

import org.jsoup.nodes.Document;

/** Finds the article a web page carries: its own text, without the page around it, and its metadata. */
public interface ArticleExtractor {

  /**
   * The article on {@code page}. Never throws on odd markup; a page without prose gives an article with empty
   * text. The page is left as it was.
   */
  ExtractedArticle extract(Document page);
}
