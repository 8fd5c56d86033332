package io.newsdesk.core.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.core.ingest.ArticleReader;
import io.newsdesk.core.ingest.ArticleSink;
import io.newsdesk.core.ingest.LanguageGuesser;
import io.newsdesk.core.ingest.SourceFile;
import io.newsdesk.core.ingest.UnreadableContentException;
import io.newsdesk.core.ingest.html.BlockText;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles from RSS 2.0 and Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}), one per item: its full
 * content ({@code content:encoded}, Atom {@code content}) where the feed carries it, else its description or
 * summary; its link, publication date and title; the feed's title as outlet. An {@code .xml} file that is no
 * feed is reported as such.
 */
public final class FeedArticleReader implements ArticleReader {

  private static final List<String> TYPES = List.of(".rss", ".atom", ".xml");
  private static final Pattern LANGUAGE = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$");

  private final LanguageGuesser languages = new LanguageGuesser();


  @Override
  public boolean yieldsToPages() {
    return true;
  }

  @Override
  public List<String> fileTypes() {
    return TYPES;
  }

  @Override
  public void read(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException {
    SyndFeed feed = parse(file.readAllBytes());
    String outlet = blankToNull(feed.getTitle());
    String language = language(feed.getLanguage());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.problem(new Problem(file.path().toString(), "feed has no items"));
    }
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String where = file.path() + "[" + i + "]";
      String text = text(entry);
      if (text.isBlank()) {
        sink.problem(new Problem(where, "feed item has no content or description"));
        continue;
      }
      String url = blankToNull(entry.getLink());
      String id = url != null ? url : blankToNull(entry.getUri());
      sink.article(new Article(id != null ? id : file.id() + "#" + (i + 1), where, url, title(entry),
          published(entry), outlet, language != null ? language : languages.guess(text), text));
    }
  }

  private static SyndFeed parse(byte[] bytes) throws IOException, UnreadableContentException {
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      return new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException e) {
      throw new UnreadableContentException("not an RSS or Atom feed (" + e.getMessage() + ")");
    }
  }

  /** The item's full content where the feed gives it, else its description; HTML made plain text. */
  private static String text(SyndEntry entry) {
    StringBuilder content = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      String t = plain(c);
      if (!t.isBlank()) {
        content.append(content.length() > 0 ? "\n\n" : "").append(t);
      }
    }
    if (content.length() > 0) {
      return content.toString();
    }
    return entry.getDescription() == null ? "" : plain(entry.getDescription());
  }

  private static String plain(SyndContent c) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    boolean html = type.contains("html") || type.isEmpty() && value.contains("<") && value.contains(">");
    return html ? BlockText.ofFragment(value) : value.replace("\r\n", "\n").strip();
  }

  private static String title(SyndEntry entry) {
    String title = blankToNull(entry.getTitle());
    // Titles arrive with markup or entities now and then: "Storm &amp; flood", "<b>Breaking</b>".
    return title == null ? null : blankToNull(BlockText.ofFragment(title).replace("\n\n", " "));
  }

  private static Instant published(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  private static String language(String declared) {
    if (declared == null) {
      return null;
    }
    Matcher m = LANGUAGE.matcher(declared.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
