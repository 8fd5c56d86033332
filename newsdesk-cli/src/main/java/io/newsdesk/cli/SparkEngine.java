package io.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Spark digest ({@code newsdesk-spark}) in local mode, in a JVM of its own started from the classpath
 * the build writes to {@code newsdesk-spark/target/local-classpath.txt}. So newsdesk.jar carries nothing of
 * Spark (some 300 MB of jars), and a user who never asks for Spark never loads it. On a cluster the job runs
 * from its own shaded jar with spark-submit instead.
 */
final class SparkEngine {

  static final String MAIN_CLASS = "io.newsdesk.spark.SparkDigestMain";
  /**
   * Packages Spark reaches into on Java 17 (the list of Spark's own launcher, as in the {@code spark.jvm.flags}
   * of newsdesk-spark's pom, which gives them to its tests).
   */
  private static final List<String> JVM_FLAGS = List.of(
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private final Path target;

  /** @param target the build folder of newsdesk-spark */
  SparkEngine(Path target) {
    this.target = target;
  }

  /**
   * The engine of this installation: {@code NEWSDESK_SPARK_TARGET} where set, else newsdesk-spark's build folder
   * beside newsdesk-cli's, where the launcher's build puts it.
   */
  static SparkEngine located() {
    String given = System.getenv("NEWSDESK_SPARK_TARGET");
    if (given != null && !given.isBlank()) {
      return new SparkEngine(Path.of(given));
    }
    try {
      Path jar = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // newsdesk-cli/target/newsdesk.jar, or newsdesk-cli/target/classes when run from the build
      Path root = jar.getParent().getParent().getParent();
      return new SparkEngine(root.resolve("newsdesk-spark").resolve("target"));
    } catch (Exception e) {
      return new SparkEngine(Path.of("newsdesk-spark", "target"));
    }
  }

  /** Why the engine cannot run, or null when it can. */
  String missing() {
    if (!Files.isRegularFile(target.resolve("local-classpath.txt"))
        || !Files.isRegularFile(target.resolve("newsdesk-spark.jar"))) {
      return "the Spark engine is not built: run `mvn -B -DskipTests package` in the newsdesk folder (looked in "
          + target + "; NEWSDESK_SPARK_TARGET names another)";
    }
    return null;
  }

  /** Runs the job at {@code master} with its output on this process's stdout and stderr; its exit status. */
  int run(String master, List<String> jobArguments, String heap) throws IOException, InterruptedException {
    return new ProcessBuilder(command(master, jobArguments, heap)).inheritIO().start().waitFor();
  }

  /** The command that runs the job at {@code master} with the job's own arguments. */
  List<String> command(String master, List<String> jobArguments, String heap) throws IOException {
    String classpath = target.resolve("newsdesk-spark.jar") + java.io.File.pathSeparator
        + Files.readString(target.resolve("local-classpath.txt"), StandardCharsets.UTF_8).strip();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(classpath);
    command.add(MAIN_CLASS);
    command.add("--master");
    command.add(master);
    command.add("--quiet-spark");
    command.addAll(jobArguments);
    return command;
  }
}
