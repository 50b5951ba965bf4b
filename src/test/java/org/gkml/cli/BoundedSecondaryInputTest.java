package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gkml.NamedPipes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that an option names beside the tree ({@code basis --repealed}, {@code validate
 * --baseline}) are read like every input: a pipe or a device is refused unopened, in one line
 * naming it, and a file over the limit is refused unread; before, a pipe hung and {@code /dev/zero}
 * ran out of memory.
 */
class BoundedSecondaryInputTest {
  private static final Duration QUICK = Duration.ofSeconds(10);
  private static final String ROOT = PathEscapeTest.CHAIN.toString();

  @TempDir Path dir;

  private static String notRegular(Path p) {
    return "gkml: cannot read " + p + ": not a regular file (a pipe, a device or a folder)\n";
  }

  @Test
  void aRepealedListThatIsAPipeIsRefusedWithoutWaiting() throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("repealed.txt"));
    CliRun run =
        assertTimeoutPreemptively(
            QUICK,
            () ->
                CliRun.of("basis", "--root", ROOT, "--repealed", pipe.toString(), "--lang", "en"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(notRegular(pipe));
  }

  @Test
  void aBaselineThatIsAPipeIsRefusedWithoutWaiting() throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("baseline.json"));
    CliRun run =
        assertTimeoutPreemptively(
            QUICK,
            () ->
                CliRun.of(
                    "validate", "--root", ROOT, "--baseline", pipe.toString(), "--lang", "en"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(notRegular(pipe));
  }

  @Test
  void deviceThatNeverEndsIsRefusedForEitherOption() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
    CliRun basis =
        assertTimeoutPreemptively(
            QUICK,
            () -> CliRun.of("basis", "--root", ROOT, "--repealed", "/dev/zero", "--lang", "zh"));
    assertThat(basis.code()).isEqualTo(2);
    assertThat(basis.err()).isEqualTo("gkml: 无法读取 /dev/zero：不是普通文件（管道、设备或文件夹）\n");
    CliRun validate =
        assertTimeoutPreemptively(
            QUICK,
            () -> CliRun.of("validate", "--root", ROOT, "--baseline", "/dev/zero", "--lang", "en"));
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).isEqualTo(notRegular(zero));
  }

  @Test
  void aRepealedListOverTheLimitIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(9L << 20); // sparse: 9 MB said, nothing written
    }
    CliRun run =
        assertTimeoutPreemptively(
            QUICK,
            () -> CliRun.of("basis", "--root", ROOT, "--repealed", big.toString(), "--lang", "en"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("gkml: cannot read " + big + ": larger than 8 MB\n");
  }

  @Test
  void aRepealedListIsStillReadLineByLineWithItsBomAndLineEnds() throws IOException {
    Path list = dir.resolve("repealed.txt");
    Files.writeString(list, "\uFEFF# 废止\r\n《不存在的法》\r\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("basis", "--root", ROOT, "--repealed", list.toString(), "--lang", "en");
    assertThat(run.err()).doesNotContain("cannot read");
    assertThat(run.code()).isIn(0, 1);
    Files.write(list, new byte[] {(byte) 0xC4, (byte) 0xE3, '\n'}); // GBK, not UTF-8
    CliRun gbk = CliRun.of("basis", "--root", ROOT, "--repealed", list.toString(), "--lang", "en");
    assertThat(gbk.code()).isEqualTo(2);
    assertThat(gbk.err())
        .isEqualTo("gkml: cannot read " + list + ": it is not UTF-8 text; save it as UTF-8\n");
  }
}
