package io.newsdesk.core.ingest.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article extractor newsdesk uses: page furniture removed by tag, role and name ({@link PageCleaner}), the
 * article's box chosen by scoring its paragraphs ({@link ContentFinder}), clutter paragraphs dropped
 * ({@link ParagraphFilter}); metadata from meta tags, JSON-LD and the visible page ({@link MetadataReader}).
 */
public final class ScoringArticleExtractor implements ArticleExtractor {

  @Override
  public ExtractedArticle extract(Document page) {
    PageMetadata meta = MetadataReader.read(page);
    Element body = page.body().clone();
    PageCleaner.clean(body);
    List<Block> blocks = ContentFinder.articleBlocks(body);
    return new ExtractedArticle(BlockText.join(blocks), meta.title(), meta.published(), meta.author(),
        meta.outlet(), meta.url(), meta.language());
  }
}
