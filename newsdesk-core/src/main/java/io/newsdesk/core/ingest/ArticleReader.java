package io.newsdesk.core.ingest;

import java.io.IOException;
import java.util.List;

/**
 * Reads the articles of one file format. Bad records go to the sink as problems and reading goes on;
 * an {@link IOException} or {@link UnreadableContentException} means the whole file could not be read.
 */
public interface ArticleReader {

  /** True when this reader handles files of this (lowercase) name. */
  boolean accepts(String lowerCaseFileName);

  void read(SourceFile file, ArticleSink sink) throws IOException, UnreadableContentException;

  /** The file name endings this reader takes, such as ".txt", for messages that list what is supported. */
  default List<String> fileTypes() {
    return List.of();
  }
}
