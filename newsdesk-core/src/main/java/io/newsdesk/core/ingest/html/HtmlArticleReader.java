package io.newsdesk.core.ingest.html;

import io.newsdesk.core.ingest.ArticleReader;
import io.newsdesk.core.ingest.ArticleSink;
import io.newsdesk.core.ingest.LanguageGuesser;
import io.newsdesk.core.ingest.SourceFile;
import io.newsdesk.core.ingest.UnreadableContentException;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One article per saved web page: {@code .html} or {@code .htm}, optionally gzipped. The article's id is its
 * canonical address when the page names one, else the file's path.
 */
public final class HtmlArticleReader implements ArticleReader {

  private static final List<String> TYPES = List.of(".html", ".htm", ".html.gz", ".htm.gz");

  private final ArticleExtractor extractor;
  private final LanguageGuesser languages = new LanguageGuesser();

  public HtmlArticleReader() {
    this(new ScoringArticleExtractor());
  }

  public HtmlArticleReader(ArticleExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }


  @Override
  public List<String> fileTypes() {
    return TYPES;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException {
    ExtractedArticle page = extractor.extract(HtmlDecoder.parse(file.readContent(), null, ""));
    if (page.text().isBlank()) {
      sink.problem(new Problem(file.path().toString(), "no article text found in the page"));
      return;
    }
    String id = page.url() != null ? page.url() : file.id();
    sink.article(page.toArticle(id, file.path().toString(), languages));
  }
}
