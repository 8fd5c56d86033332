package io.newsdesk.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to read articles from.
 *
 * @param path     where it is
 * @param id       its path relative to the argument it was found under, with forward slashes: the default
 *                 article id
 * @param maxBytes the most bytes one article record may take
 */
public record SourceFile(Path path, String id, long maxBytes) {

  public SourceFile {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public String lowerCaseName() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** The whole file, refused when it is over the record limit: one article is never that large. */
  public byte[] readAllBytes() throws IOException, UnreadableContentException {
    long size = Files.size(path);
    if (size > maxBytes) {
      throw new UnreadableContentException(String.format(Locale.ROOT,
          "file is %s, over the %s limit for one article (raise it with --max-record-size)",
          megabytes(size), megabytes(maxBytes)));
    }
    return Files.readAllBytes(path);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
