package io.newsdesk.core.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

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

  /**
   * The whole file, gunzipped when its name ends in {@code .gz}; refused when the content is over the record
   * limit, and when gzip data is corrupt or cut short.
   */
  public byte[] readContent() throws IOException, UnreadableContentException {
    if (!lowerCaseName().endsWith(".gz")) {
      return readAllBytes();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (content.length > maxBytes) {
        throw new UnreadableContentException(String.format(Locale.ROOT,
            "content is over the %s limit for one article once uncompressed (raise it with --max-record-size)",
            megabytes(maxBytes)));
      }
      return content;
    } catch (ZipException | EOFException e) {
      throw new UnreadableContentException("not a valid gzip file (" + e.getMessage() + ")");
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
