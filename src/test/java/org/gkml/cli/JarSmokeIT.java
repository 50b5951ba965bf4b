package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one smoke test of the packaged jar (STYLE 15): a real JVM runs {@code target/gkml.jar} as
 * {@code ./gkml} would. Runs in {@code mvn verify} after packaging (failsafe).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JarSmokeIT {
  private static final Path JAR = Path.of("target/gkml.jar");

  /** A finished process: exit code and what it printed. */
  record Result(int code, String out, String err) {}

  @Test
  void jarValidatesTheShippedCataloguesClean() throws Exception {
    Result r = gkml("validate", "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("0 errors, 0 warnings in \\d+ files\\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jarReportsABrokenTreeInChineseWithoutAStackTrace() throws Exception {
    Result r = gkml("validate", "--root", ValidateGoldenTest.BROKEN, "--lang", "zh");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("未知的公开渠道").endsWith("4 个错误，1 个警告，涉及 5 个文件\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jarAnswersUsageErrorsWithExitTwo() throws Exception {
    Result r = gkml("validate", "--no-such-option");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("gkml: ").doesNotContain("\tat ");
  }

  @Test
  void jarKnowsItsVersion() throws Exception {
    Result r = gkml("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("gkml ").doesNotContain("dev");
  }

  @Test
  void aCacheWrittenUnderAUtf8LocaleIsUsableUnderAnAsciiOne(@TempDir Path dir) throws Exception {
    // CI images often lack the locale they name: Java then makes file names ASCII
    // (sun.jnu.encoding), and the stat index's Chinese folder names cannot become paths
    Path root = dir.resolve("catalogs");
    copyTree(Path.of("catalogs"), root);

    Result utf8 = gkml(Map.of("LC_ALL", "C.UTF-8"), "validate", "--root", root.toString());
    Result ascii = gkml(Map.of("LC_ALL", "C"), "validate", "--root", root.toString());
    Result again = gkml(Map.of("LC_ALL", "C"), "validate", "--root", root.toString());

    assertThat(utf8.code()).isZero();
    for (Result r : List.of(ascii, again)) {
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(utf8.out());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static Result gkml(String... args) throws IOException, InterruptedException {
    return gkml(Map.of(), args);
  }

  private static Result gkml(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(JAR), "target/gkml.jar is built by mvn package");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("gkml-out", ".txt");
    Path err = Files.createTempFile("gkml-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("gkml ends").isTrue();
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
