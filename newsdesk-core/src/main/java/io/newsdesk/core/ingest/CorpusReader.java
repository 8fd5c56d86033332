package io.newsdesk.core.ingest;

import io.newsdesk.core.ingest.feed.FeedArticleReader;
import io.newsdesk.core.ingest.html.HtmlArticleReader;
import io.newsdesk.core.ingest.warc.WarcArticleReader;
import io.newsdesk.core.model.Article;
import io.newsdesk.core.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads files and folders of mixed formats into articles. Folders are walked in name order so that the same
 * input always gives the same articles. A bad file or record becomes a {@link Problem} naming it and the
 * reason, and the rest of the batch goes on.
 */
public final class CorpusReader {

  /** One article is never larger than this; bigger files are refused with a message, not loaded. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

  private final List<ArticleReader> readers;
  private final long maxRecordBytes;
  private final LanguageGuesser languages = new LanguageGuesser();

  public CorpusReader(List<ArticleReader> readers, long maxRecordBytes) {
    if (readers.isEmpty()) {
      throw new IllegalArgumentException("readers must not be empty");
    }
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
    }
    this.readers = List.copyOf(readers);
    this.maxRecordBytes = maxRecordBytes;
  }

  /** A reader for every format newsdesk knows, with the default record limit. */
  public static CorpusReader standard() {
    return standard(DEFAULT_MAX_RECORD_BYTES);
  }

  public static CorpusReader standard(long maxRecordBytes) {
    return new CorpusReader(List.of(new PlainTextReader(), new JsonArticleReader(), new HtmlArticleReader(),
        new WarcArticleReader(), new FeedArticleReader()), maxRecordBytes);
  }

  /** The file types the readers take, for messages: ".txt, .json, ...". */
  public String supportedTypes() {
    return readers.stream().flatMap(r -> r.fileTypes().stream()).distinct().collect(Collectors.joining(", "));
  }

  /**
   * What a read found besides articles.
   *
   * @param skippedRecords records passed over on purpose inside files (WARC requests, images), by kind
   */
  public record Report(int filesRead, int articles, Map<String, Integer> ignoredByExtension, List<Problem> problems,
                       Map<String, Integer> skippedRecords) {
    public Report {
      ignoredByExtension = java.util.Collections.unmodifiableMap(new TreeMap<>(ignoredByExtension));
      problems = List.copyOf(problems);
      skippedRecords = Map.copyOf(skippedRecords);
    }

    /** A report of a read that skipped no records: the form this record had before records were counted. */
    public Report(int filesRead, int articles, Map<String, Integer> ignoredByExtension, List<Problem> problems) {
      this(filesRead, articles, ignoredByExtension, problems, Map.of());
    }
  }

  /**
   * Reads every supported file under {@code inputs}, giving each article to {@code articles}. Articles whose id
   * was already seen are skipped with a problem.
   */
  public Report read(List<Path> inputs, Consumer<Article> articles) {
    return read(inputs, ArticleFilter.NONE, articles);
  }

  /**
   * Reads every supported file under {@code inputs}, giving each article that {@code filter} accepts to
   * {@code articles}, in input order; feed items come last, after the pages that may replace them.
   */
  public Report read(List<Path> inputs, ArticleFilter filter, Consumer<Article> articles) {
    BatchSink sink = new BatchSink(articles, filter, languages);
    List<Problem> problems = sink.problems;
    Map<String, Integer> ignored = new TreeMap<>();
    int filesRead = 0;
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(new Problem(input.toString(), "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        filesRead += readFiles(input, filesUnder(input, problems), sink, ignored);
      } else {
        Optional<ArticleReader> reader = readerFor(input);
        if (reader.isPresent()) {
          readFile(reader.get(), new SourceFile(input, input.getFileName().toString(), maxRecordBytes), sink);
          filesRead++;
        } else {
          problems.add(new Problem(input.toString(), "unsupported file type \"" + extension(input)
              + "\" (supported: " + supportedTypes() + ")"));
        }
      }
    }
    sink.finish();
    return new Report(filesRead, sink.articles, ignored, problems, sink.skipped);
  }

  /**
   * Reads some of the files of a folder, each under the id it has when the whole folder is read: a watched
   * folder's new files get the ids they would get from reading the folder again.
   */
  public Report readUnder(Path folder, List<Path> files, ArticleFilter filter, Consumer<Article> articles) {
    BatchSink sink = new BatchSink(articles, filter, languages);
    Map<String, Integer> ignored = new TreeMap<>();
    int filesRead = readFiles(folder, files, sink, ignored);
    sink.finish();
    return new Report(filesRead, sink.articles, ignored, sink.problems, sink.skipped);
  }

  /** Every file of a folder that newsdesk reads, in name order; hidden files and folders are left out. */
  public static List<Path> filesUnder(Path folder) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = filesUnder(folder, problems);
    if (!problems.isEmpty()) {
      throw new IOException(problems.get(0).toString());
    }
    return files;
  }

  private int readFiles(Path folder, List<Path> files, BatchSink sink, Map<String, Integer> ignored) {
    int filesRead = 0;
    for (Path file : files) {
      Optional<ArticleReader> reader = readerFor(file);
      if (reader.isPresent()) {
        String id = folder.relativize(file).toString().replace('\\', '/');
        readFile(reader.get(), new SourceFile(file, id, maxRecordBytes), sink);
        filesRead++;
      } else {
        ignored.merge(extension(file), 1, Integer::sum);
      }
    }
    return filesRead;
  }

  private static void readFile(ArticleReader reader, SourceFile file, BatchSink sink) {
    sink.reading(reader);
    readFile(reader, file, (ArticleSink) sink);
  }

  /**
   * Reads one file with {@code reader}, giving its articles and problems to {@code sink}; a file that cannot be
   * read at all becomes one problem. Languages are not guessed and ids not checked for repeats here: for a
   * distributed run, which reads files apart and settles both over the whole batch afterwards.
   */
  public static void readFile(ArticleReader reader, SourceFile file, ArticleSink sink) {
    readFile(reader, file, ArticleBudget.standard(), sink);
  }

  /** As {@link #readFile(ArticleReader, SourceFile, ArticleSink)}, each article cut to {@code budget}. */
  public static void readFile(ArticleReader reader, SourceFile file, ArticleBudget budget, ArticleSink sink) {
    ArticleSink fitting = new ArticleSink() {
      @Override
      public void article(Article a) {
        ArticleBudget.Fitted fitted = budget.fit(a);
        if (fitted.notice() != null) {
          sink.problem(fitted.notice());
        }
        sink.article(fitted.article());
      }

      @Override
      public void problem(Problem p) {
        sink.problem(p);
      }

      @Override
      public void skipped(String what) {
        sink.skipped(what);
      }

      @Override
      public boolean wants(String url) {
        return sink.wants(url);
      }
    };
    readRaw(reader, file, fitting);
  }

  private static void readRaw(ArticleReader reader, SourceFile file, ArticleSink sink) {
    try {
      if (Files.size(file.path()) == 0) {
        sink.problem(new Problem(file.path().toString(), "empty file, no article"));
        return;
      }
      reader.read(file, sink);
    } catch (UnreadableContentException e) {
      sink.problem(new Problem(file.path().toString(), e.getMessage()));
    } catch (IOException | UncheckedIOException e) {
      sink.problem(new Problem(file.path().toString(), "could not read: " + e));
    } catch (RuntimeException e) {
      // A reader bug on odd content must not end the batch; it is reported like bad content.
      sink.problem(new Problem(file.path().toString(), "failed to read: " + e));
    }
  }

  private Optional<ArticleReader> readerFor(Path file) {
    return readerFor(file.getFileName().toString());
  }

  /** The reader for a file of this name, if newsdesk reads files of its type. */
  public Optional<ArticleReader> readerFor(String fileName) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    return readers.stream().filter(r -> r.accepts(name)).findFirst();
  }

  /** The most bytes one article record may take. */
  public long maxRecordBytes() {
    return maxRecordBytes;
  }

  /**
   * True when a file at this path under a folder argument is read: hidden files and files in hidden folders
   * (".git", ".DS_Store") are not.
   */
  public static boolean isRead(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return !relativePath.startsWith(".") && !name.startsWith(".");
  }

  private static List<Path> filesUnder(Path dir, List<Problem> problems) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> isRead(dir.relativize(p).toString()))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Problem(dir.toString(), "could not list the folder: " + e));
      return List.of();
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "(none)" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
  }
}
