package io.newsdesk.spark;

import io.newsdesk.core.ingest.ArticleReader;
import io.newsdesk.core.ingest.ArticleSink;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.ingest.SourceFile;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files on any Hadoop file system, listed on the driver and read on executors with the core's readers.
 * A file is the unit of reading: a large WARC or JSON-lines file is one task, so an archive should come as many
 * files (Common Crawl's come as files of about 1 GB).
 */
final class InputFiles {

  /**
   * What the listing found.
   *
   * @param files              the files some reader takes, in reading order
   * @param ignoredByExtension files of other types under folder arguments, by extension
   * @param problems           arguments that name nothing, or a file of an unsupported type
   */
  record Listing(List<InputFile> files, Map<String, Integer> ignoredByExtension, List<String> problems) {
    Listing {
      files = List.copyOf(files);
      ignoredByExtension = java.util.Collections.unmodifiableMap(new TreeMap<>(ignoredByExtension));
      problems = List.copyOf(problems);
    }
  }

  private InputFiles() {}

  /** Lists the files under {@code inputs} as the single-machine reader walks them: folders in name order. */
  static Listing list(List<String> inputs, Configuration conf, CorpusReader reader) throws IOException {
    List<InputFile> files = new ArrayList<>();
    Map<String, Integer> ignored = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String input : inputs) {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        problems.add(input + ": no such file or folder");
        continue;
      }
      FileStatus status = fs.getFileStatus(root);
      String shownRoot = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
      if (!status.isDirectory()) {
        if (reader.readerFor(root.getName()).isPresent()) {
          files.add(new InputFile(files.size(), status.getPath().toString(), root.getName(), input));
        } else {
          problems.add(input + ": unsupported file type \"" + extension(root.getName()) + "\" (supported: "
              + reader.supportedTypes() + ")");
        }
        continue;
      }
      String prefix = status.getPath().toUri().getPath();
      prefix = prefix.endsWith("/") ? prefix : prefix + "/";
      List<String> relative = new ArrayList<>();
      Map<String, String> uris = new TreeMap<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String rel = f.getPath().toUri().getPath().substring(prefix.length());
        if (!CorpusReader.isRead(rel)) {
          continue;
        }
        if (reader.readerFor(f.getPath().getName()).isPresent()) {
          relative.add(rel);
          uris.put(rel, f.getPath().toString());
        } else {
          ignored.merge(extension(f.getPath().getName()), 1, Integer::sum);
        }
      }
      relative.sort(Comparator.naturalOrder());
      for (String rel : relative) {
        files.add(new InputFile(files.size(), uris.get(rel), rel, shownRoot + "/" + rel));
      }
    }
    return new Listing(files, ignored, problems);
  }

  /**
   * Reads the files of one partition: each is copied to a local temporary file, since the core's readers take
   * local paths, read there and deleted.
   */
  static Iterator<ReadRecord> read(Iterator<InputFile> files, HadoopConf conf, long maxRecordBytes)
      throws IOException {
    CorpusReader reader = CorpusReader.standard(maxRecordBytes);
    java.nio.file.Path dir = Files.createTempDirectory("newsdesk-read");
    List<ReadRecord> out = new ArrayList<>();
    try {
      while (files.hasNext()) {
        readOne(files.next(), conf.get(), reader, dir, out);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
    return out.iterator();
  }

  private static void readOne(InputFile file, Configuration conf, CorpusReader reader, java.nio.file.Path dir,
      List<ReadRecord> out) {
    Optional<ArticleReader> formatReader = reader.readerFor(new Path(file.uri()).getName());
    if (formatReader.isEmpty()) {
      return; // the listing only lists files some reader takes
    }
    boolean feedItems = formatReader.get().yieldsToPages();
    java.nio.file.Path local = dir.resolve(new Path(file.uri()).getName());
    try {
      Path remote = new Path(file.uri());
      try (InputStream in = remote.getFileSystem(conf).open(remote)) {
        Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
      }
      String localName = local.toString();
      CorpusReader.readFile(formatReader.get(), new SourceFile(local, file.id(), reader.maxRecordBytes()),
          new ArticleSink() {
            int record;

            @Override
            public void article(Article a) {
              Article shown = new Article(a.id(), shownSource(a.source(), localName, file.shown()), a.url(), a.title(),
                  a.published(), a.outlet(), a.language(), a.text());
              out.add(new ReadRecord(file.order(), record++, feedItems, shown, null));
            }

            @Override
            public void problem(Problem p) {
              out.add(new ReadRecord(file.order(), record++, feedItems, null,
                  shownSource(p.toString(), localName, file.shown())));
            }
          });
    } catch (IOException | UncheckedIOException e) {
      out.add(new ReadRecord(file.order(), 0, feedItems, null, file.shown() + ": could not read: " + e));
    } finally {
      try {
        Files.deleteIfExists(local);
      } catch (IOException e) {
        // a temporary file left behind costs disk, not correctness
      }
    }
  }

  /** The reader named the local copy; the user knows the file by the path they gave. */
  private static String shownSource(String source, String localName, String shown) {
    return source == null ? shown : source.replace(localName, shown);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "(none)" : name.substring(dot).toLowerCase(Locale.ROOT);
  }
}
