package io.newsdesk.eval.geo;

import io.newsdesk.eval.EvalTask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code newsdesk eval geo}: toponym recognition and geocoding on LGL. */
public final class GeoTask implements EvalTask {

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public String description() {
    return "places: toponym recognition P/R/F1, accuracy within 161 km on gold spans and end to end on LGL, "
        + "split by outlet, beside a population baseline";
  }

  @Override
  public void checkData(Path data) {
    if (!Files.isRegularFile(data.resolve("lgl.xml")) && !data.getFileName().toString().equals("lgl.xml")) {
      throw new IllegalArgumentException(data + " holds no lgl.xml");
    }
  }

  @Override
  public void run(Path data, PrintWriter out, PrintWriter err) {
    new GeoEvaluation().run(data, out);
  }
}
