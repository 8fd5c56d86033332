package io.newsdesk.cli;

import io.newsdesk.core.clean.ArticleCleaner;
import io.newsdesk.core.clean.JunkLineFilter;
import io.newsdesk.core.ingest.CorpusReader;
import io.newsdesk.core.model.Problem;
import io.newsdesk.core.report.EventJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints each article found in PATHs as one JSON object per line: "
        + "id, source, url, title, published, outlet, language, text (junk lines removed).")
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read.")
  List<Path> inputs;

  @Option(names = "--raw", description = "Keep junk lines (teasers, share prompts, datelines) in the text.")
  boolean raw;

  @Option(names = "--max-record-size", paramLabel = "MB", defaultValue = "16",
      description = "Largest article record read, in MB (default: ${DEFAULT-VALUE}).")
  int maxRecordMb;

  @picocli.CommandLine.Mixin
  FilterOptions filters;

  @Override
  public Integer call() throws IOException {
    Options.require(spec, maxRecordMb > 0, "--max-record-size must be positive, got " + maxRecordMb);
    ArticleCleaner cleaner = new JunkLineFilter();
    EventJson json = new EventJson();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    CorpusReader.Report report;
    try {
      report = CorpusReader.standard((long) maxRecordMb << 20).read(inputs, Options.filter(spec, filters), a -> {
        try {
          json.writeArticleLine(raw ? a : cleaner.clean(a), out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } finally {
      out.flush();
    }
    for (Problem p : report.problems()) {
      spec.commandLine().getErr().println(p.outcome() + " " + p);
    }
    spec.commandLine().getErr().printf("extracted %d articles from %d files%s%s%n", report.articles(),
        report.filesRead(), report.problems().isEmpty() ? "" : ", skipped " + report.problems().size(),
        report.skippedRecords().isEmpty() ? "" : "; passed over (not errors): "
            + new TreeMap<>(report.skippedRecords()));
    return report.articles() == 0 ? 1 : 0;
  }
}
