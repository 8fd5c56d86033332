package io.newsdesk.core.ingest;

import java.io.IOException;
import java.util.List;

/**
 * Reads the articles of one file format. Bad records go to the sink as problems and reading goes on;
 * an {@link IOException} or {@link UnreadableContentException} means the whole file could not be read.
 */
public interface ArticleReader {

  /** The file name endings this reader takes, such as ".txt" or ".warc.gz", lowercase. */
  List<String> fileTypes();

  /** True when this reader handles files of this (lowercase) name: by default, one of its file types. */
  default boolean accepts(String lowerCaseFileName) {
    return fileTypes().stream().anyMatch(lowerCaseFileName::endsWith);
  }

  void read(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException;

  /**
   * True when this reader's articles stand in for pages that the same input may hold (feed items summarise
   * the page they link to): an article of another reader with the same id then replaces it.
   */
  default boolean yieldsToPages() {
    return false;
  }
}
