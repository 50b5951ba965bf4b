package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hardening review #2: output sent to standard output that does not arrive ({@code > /dev/full}, a
 * full disk behind {@code > file}, a reader that went away) used to end in exit 0 with nothing on
 * stderr. Every command that writes to standard output, text or bytes, now ends with exit 2 and
 * says why.
 */
class StandardOutputWriteErrorTest {
  private static final Map<String, String> ENV = Map.of("GKML_CACHE", "off");

  /** Takes {@code room} bytes, as a disk with that much space left, then fails as a full one. */
  private static final class FullDisk extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int room;
    private final String error;

    FullDisk(int room, String error) {
      this.room = room;
      this.error = error;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (kept.size() + len > room) {
        throw new IOException(error);
      }
      kept.write(b, off, len);
    }
  }

  static Stream<List<String>> commandsWritingToStandardOutput() {
    return Stream.of(
        List.of("merge", "--root", "catalogs", "--region", "511703102201"),
        List.of("export", "xlsx", "--root", "catalogs", "-o", "-"),
        List.of("export", "html", "--root", "catalogs"),
        List.of("validate", "--root", "catalogs", "--format", "sarif"),
        List.of("report", "--root", "catalogs", "--format", "json"),
        List.of("report", "--root", "catalogs", "--format", "xlsx", "-o", "-"),
        List.of("basis", "--root", "catalogs"),
        List.of("explain", "--root", "catalogs", "--region", "511703102201", "511703102-WFGZ-001"),
        List.of("completion", "bash"),
        List.of("diff", "catalogs", "catalogs", "--format", "json"),
        List.of("--help"));
  }

  @ParameterizedTest
  @MethodSource("commandsWritingToStandardOutput")
  void aFullDiskBehindStandardOutputIsExit2WithTheReason(List<String> command) {
    String[] args = command.toArray(String[]::new);
    // the same run with room to spare succeeds: what fails below is the output alone
    Run whole = run(new FullDisk(Integer.MAX_VALUE, "unused"), args);
    assertThat(whole.code()).as(whole.err()).isZero();
    assertThat(whole.err()).doesNotContain("cannot write");

    Run full = run(new FullDisk(100, "No space left on device"), args);
    assertThat(full.code()).as(full.err()).isEqualTo(2);
    assertThat(full.err())
        .contains("gkml: cannot write standard output: the disk is full")
        .doesNotContain("Exception");
  }

  @Test
  void theMessageIsInTheUsersLanguage() {
    Run full =
        run(
            new FullDisk(0, "No space left on device"),
            "--lang",
            "zh",
            "merge",
            "--root",
            "catalogs",
            "--region",
            "511703102201");
    assertThat(full.code()).isEqualTo(2);
    assertThat(full.err()).contains("gkml: 无法写入标准输出：磁盘已满");
  }

  @Test
  void aReaderThatStoppedEndsTheOutputQuietlyWithTheCommandsOwnCode() {
    // gkml merge ... | head -1: the reader took what it wanted, as with any program in a pipe
    Run closed =
        run(new FullDisk(10, "Broken pipe"), "merge", "--root", "catalogs", "--region", "511703");
    assertThat(closed.code()).isZero();
    assertThat(closed.err()).doesNotContain("standard output");
    // validate's exit code still says whether there were findings
    Run findings =
        run(new FullDisk(10, "Broken pipe"), "validate", "--root", "catalogs", "--format", "sarif");
    Run whole =
        run(new ByteArrayOutputStream(), "validate", "--root", "catalogs", "--format", "sarif");
    assertThat(findings.code()).isEqualTo(whole.code());
    assertThat(findings.err()).doesNotContain("standard output");
  }

  @Test
  void aClosedStandardOutputIsSaidInTheUsersLanguage() {
    Run closed = run(new FullDisk(0, "Bad file descriptor"), "--lang", "zh", "completion", "bash");
    assertThat(closed.code()).isEqualTo(2);
    assertThat(closed.err()).contains("无法写入标准输出：标准输出没有打开");
  }

  @Test
  void anotherErrorIsGivenInTheSystemsWords() {
    Run failed = run(new FullDisk(0, "Input/output error"), "completion", "bash");
    assertThat(failed.code()).isEqualTo(2);
    assertThat(failed.err()).contains("cannot write standard output: Input/output error");
  }

  @Test
  void findingsAndAFailedOutputAreExit2NotExit1() {
    Run full =
        run(
            new FullDisk(0, "No space left on device"),
            "validate",
            "--root",
            ValidateGoldenTest.BROKEN);
    assertThat(full.code()).isEqualTo(2);
    assertThat(full.err()).contains("cannot write standard output");
  }

  private record Run(int code, String err) {}

  private static Run run(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(stdout, err, StandardCharsets.UTF_8, ENV, args);
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }
}
