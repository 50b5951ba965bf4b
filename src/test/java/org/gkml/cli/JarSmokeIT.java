package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  private static Result gkml(String... args) throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(JAR), "target/gkml.jar is built by mvn package");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("gkml-out", ".txt");
    Path err = Files.createTempFile("gkml-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
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
