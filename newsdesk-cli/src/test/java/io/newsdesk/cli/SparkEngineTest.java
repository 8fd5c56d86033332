package io.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line starts the Spark job: from the classpath the build wrote, in a JVM of its own. */
class SparkEngineTest {

  @Test
  void runsTheJobFromTheBuildsClasspathWithSparksJvmFlags(@TempDir Path target) throws Exception {
    Files.writeString(target.resolve("local-classpath.txt"), "/m2/spark-core.jar:/m2/scala-library.jar\n");
    Files.writeString(target.resolve("newsdesk-spark.jar"), "");
    SparkEngine engine = new SparkEngine(target);

    List<String> command = engine.command("local[2]", List.of("--out", "o", "samples"), "2g");

    assertNull(engine.missing());
    assertTrue(command.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), command.toString());
    int cp = command.indexOf("-cp");
    assertEquals(target.resolve("newsdesk-spark.jar") + ":/m2/spark-core.jar:/m2/scala-library.jar",
        command.get(cp + 1));
    assertEquals(List.of(SparkEngine.MAIN_CLASS, "--master", "local[2]", "--quiet-spark", "--out", "o", "samples"),
        command.subList(cp + 2, command.size()));
  }

  @Test
  void saysHowToBuildTheEngineWhenItIsMissing(@TempDir Path target) {
    String missing = new SparkEngine(target.resolve("nowhere")).missing();

    assertNotNull(missing);
    assertTrue(missing.contains("mvn -B -DskipTests package"), missing);
  }
}
