package io.newsdesk.core.ingest.warc;

import io.newsdesk.core.ingest.ArticleReader;
import io.newsdesk.core.ingest.ArticleSink;
import io.newsdesk.core.ingest.LanguageGuesser;
import io.newsdesk.core.ingest.SourceFile;
import io.newsdesk.core.ingest.UnreadableContentException;
import io.newsdesk.core.ingest.html.ArticleExtractor;
import io.newsdesk.core.ingest.html.ExtractedArticle;
import io.newsdesk.core.ingest.html.HtmlDecoder;
import io.newsdesk.core.ingest.html.ScoringArticleExtractor;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Articles from web archives ({@code .warc}, {@code .warc.gz}): one per response or resource record whose
 * payload is an HTML page. Other records (requests, metadata, images, redirects) are skipped and counted.
 *
 * <p>A record that is cut short or malformed ends the file: WARC records follow each other without an index,
 * so nothing after a broken one can be found safely. It becomes one problem naming the file and the byte offset
 * where the broken record starts, and every complete record before it is kept. An article is handed on only
 * once the record after it has been found intact, since a record whose end is missing is not complete either.
 */
public final class WarcArticleReader implements ArticleReader {

  private static final List<String> TYPES = List.of(".warc", ".warc.gz");

  private final ArticleExtractor extractor;
  private final LanguageGuesser languages = new LanguageGuesser();

  public WarcArticleReader() {
    this(new ScoringArticleExtractor());
  }

  public WarcArticleReader(ArticleExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }


  @Override
  public List<String> fileTypes() {
    return TYPES;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException {
    String path = file.path().toString();
    try (WarcReader reader = new WarcReader(FileChannel.open(file.path()))) {
      Article pending = null;
      long pendingOffset = -1;
      int records = 0;
      int articles = 0;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // A malformed header can fail as a parse error or as a bad number ("Content-Length: lots").
          // jwarc leaves its position at the start of the record it could not finish: the one before, when its
          // end is missing, else the one it was starting.
          long broken = reader.position();
          if (pending != null && pendingOffset != broken) {
            sink.article(pending);
          }
          sink.problem(brokenRecord(path, broken, e));
          return;
        }
        if (pending != null) {
          sink.article(pending);
          articles++;
          pending = null;
        }
        if (next.isEmpty()) {
          if (articles == 0) {
            sink.problem(new Problem(path, "no article in the archive (" + records + " records, none of them a "
                + "readable HTML page)"));
          }
          return;
        }
        records++;
        long offset = reader.position();
        String where = path + "@" + offset;
        WarcPayloads.Payload payload;
        try {
          payload = WarcPayloads.htmlPayload(next.get(), file.maxBytes(), sink);
        } catch (WarcPayloads.TruncatedRecordException e) {
          sink.problem(brokenRecord(path, offset, e));
          return;
        } catch (UnreadableContentException e) {
          sink.problem(new Problem(where, e.getMessage()));
          continue;
        }
        if (payload == null) {
          continue;
        }
        if (!sink.wants(payload.uri())) {
          sink.skipped("outside the --host filter");
          continue;
        }
        pending = article(payload, where, sink);
        pendingOffset = offset;
      }
    }
  }

  private Article article(WarcPayloads.Payload payload, String where, ArticleSink sink) {
    ExtractedArticle page;
    try {
      page = extractor.extract(HtmlDecoder.parse(payload.bytes(), payload.charset(), payload.uri()));
    } catch (UnreadableContentException e) {
      sink.problem(new Problem(where, e.getMessage()));
      return null;
    } catch (RuntimeException e) {
      // An extractor bug on one odd page must not cost the archive's other pages.
      sink.problem(new Problem(where, "failed to extract the page: " + e));
      return null;
    }
    if (page.text().isBlank()) {
      sink.problem(new Problem(where, "no article text found in the page " + payload.uri()));
      return null;
    }
    String id = payload.uri().isEmpty() ? where : payload.uri();
    return page.toArticle(id, where, languages);
  }

  private static Problem brokenRecord(String path, long offset, Exception e) {
    String detail = e.getMessage() == null ? "the file ends inside it" : e.getMessage();
    return new Problem(path + "@" + offset, "truncated or malformed WARC record at byte offset " + offset + " ("
        + detail + "); the records before it were read, nothing after it");
  }
}
