package io.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void refusesAnUnknownTaskInOneLineNamingTheTasks() {
    int code = run("eval", "clusterin", "--data", temp.toString());

    assertEquals(2, code);
    assertEquals("newsdesk eval: unknown task \"clusterin\" (tasks: extraction, clustering, geo, facts, reuse, summary, ner, syntax, categories) (see --help)\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void refusesAMissingDataFolderInOneLine() {
    int code = run("eval", "extraction", "--data", temp.resolve("nowhere").toString());

    assertEquals(2, code);
    assertEquals("newsdesk eval: --data: no such folder: " + temp.resolve("nowhere") + " (see --help)\n",
        err.toString());
  }

  @Test
  void refusesAFolderWithoutTheDataset() {
    assertEquals(2, run("eval", "extraction", "--data", temp.toString()));
    assertTrue(err.toString().contains("is not the article-extraction benchmark"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void runsTheExtractionTaskAndEndsWithItsFigures() throws IOException {
    Path data = temp.resolve("benchmark");
    Files.createDirectories(data.resolve("html"));
    Files.writeString(data.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"The lifeboat crew rescued "
        + "two sailors whose yacht lost its mast in a storm off the headland on Tuesday night.\"}}");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(data.resolve("html/p1.html.gz")))) {
      gz.write(("<html><body><nav><a href=/>Home</a></nav><p>The lifeboat crew rescued two sailors whose yacht "
          + "lost its mast in a storm off the headland on Tuesday night.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8));
    }

    int code = run("eval", "extraction", "--data", data.toString());

    assertEquals(0, code, err.toString());
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
    // p1.html.gz falls in the test part of the split (SHA-256 parity, worked out with python3's hashlib)
    assertTrue(last.matches("extraction: test_f1=1\\.000 test_precision=1\\.000 test_recall=1\\.000 test_pages=1 "
        + "dev_f1=NaN dev_precision=NaN dev_recall=NaN dev_pages=0 f1=1\\.000 pages_per_s=\\d+"), last);
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
