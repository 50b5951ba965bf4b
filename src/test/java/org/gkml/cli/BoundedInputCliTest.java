package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gkml.NamedPipes;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 4 of issue #11 through the command line: pipes and devices are refused at once, a file
 * named like a catalogue that is a pipe is a finding, and running out of memory is one line and
 * exit 2, not a Java stack trace.
 */
class BoundedInputCliTest {
  private static final Duration QUICK = Duration.ofSeconds(10);
  private static final String CATALOG =
      PathEscapeTest.CHAIN.resolve("basic/safety-production.yaml").toString();

  @TempDir Path dir;

  @Test
  void diffOfADeviceThatNeverEndsIsRefusedInOneLine() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

    CliRun run = assertTimeoutPreemptively(QUICK, () -> CliRun.of("diff", "/dev/zero", CATALOG));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("/dev/zero");
  }

  @Test
  void diffOfANamedPipeIsRefusedWithoutWaiting() throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("fifo.yaml"));

    CliRun run =
        assertTimeoutPreemptively(
            QUICK, () -> CliRun.of("diff", pipe.toString(), CATALOG, "--lang", "en"));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "gkml: cannot read " + pipe + ": not a regular file (a pipe, a device or a folder)\n");
  }

  @Test
  void aPipeNamedLikeACatalogueInTheTreeIsAFinding() throws Exception {
    Path root = dir.resolve("catalogs");
    TestCatalogs.copy(PathEscapeTest.CHAIN, root);
    NamedPipes.make(root.resolve("basic/pipe.yaml"));

    CliRun run =
        assertTimeoutPreemptively(
            QUICK, () -> CliRun.of("validate", "--root", root.toString(), "--lang", "en"));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains("basic/pipe.yaml:1:1: error GK002: not a regular file");
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitTwo() throws Exception {
    // a catalogue of 3 MB read with a 16 MB heap: the tree alone does not fit
    Path big = dir.resolve("big.yaml");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("gkml: 1\nkind: catalog\ndomain: x\ntitle: t\nissuer: i\nversion: \"1\"\nitems:\n");
      for (int i = 0; i < 20_000; i++) {
        w.write(
            "  - {id: X-"
                + i
                + ", level1: a, level2: b, content: 内容"
                + i
                + ", basis: [d], owner: e, deadline: f, channels: [政府网站], audience: 全社会,"
                + " mode: 主动, tiers: [县级]}\n");
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx16m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("validate", big.toString(), "--lang", "en"));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends").isTrue();

    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err)
        .isEqualTo(
            "gkml: out of memory: the input is too large for this machine (or for the Java heap, see"
                + " -Xmx); nothing was written\n");
  }
}
