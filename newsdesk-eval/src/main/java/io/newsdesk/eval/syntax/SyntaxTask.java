package io.newsdesk.eval.syntax;

import io.newsdesk.core.language.PerceptronTagger;
import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code newsdesk eval syntax}: the shipped part-of-speech tagger on GUM documents it never saw. */
public final class SyntaxTask implements EvalTask {

  @Override
  public String name() {
    return "syntax";
  }

  @Override
  public String description() {
    return "part-of-speech tagging: UPOS, XPOS and lemma accuracy on held-out GUM documents (GUM's dev list) per "
        + "genre, beside the most-frequent-tag baseline; tokens/s";
  }

  @Override
  public void checkData(Path data) {
    GumParts.gumFolder(data);
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new SyntaxEvaluation(PerceptronTagger.load(), new TaggerTraining()).run(data, out);
  }
}
