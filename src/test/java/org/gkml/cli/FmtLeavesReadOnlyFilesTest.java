package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hardening review #8: {@code fmt} replaced a read-only file (chmod 444) by rename, as the folder
 * allowed it, and said "reformatted". A read-only file is now left as it is and said to be, which
 * fails the run (exit 2); the other files are still formatted. Read-only means no one may write it
 * (or this user may not), so the test holds whoever runs it, root included.
 */
class FmtLeavesReadOnlyFilesTest {
  @TempDir Path tmp;
  private Path root;
  private Path locked;
  private Path open;
  private byte[] lockedBefore;

  @BeforeEach
  void twoFilesWithWindowsLineEndingsOneReadOnly() throws IOException {
    root = tmp.resolve("catalogs");
    TestCatalogs.copy(Path.of("catalogs"), root);
    locked = root.resolve("basic/employment.yaml");
    open = root.resolve("basic/safety-production.yaml");
    for (Path p : new Path[] {locked, open}) {
      Files.writeString(p, Files.readString(p).replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
    lockedBefore = Files.readAllBytes(locked);
  }

  @Test
  void aReadOnlyFileIsLeftAsItIsAndTheOthersAreFormatted() throws IOException {
    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");

    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err())
        .contains(locked + ": the file is read-only; left as it is (make it writable");
    assertThat(fmt.out()).contains("reformatted " + open).doesNotContain("reformatted " + locked);
    assertThat(fmt.out()).contains("1 left as it is");
    assertThat(Files.readAllBytes(locked)).isEqualTo(lockedBefore);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(locked)))
        .isEqualTo("r--r--r--");
    assertThat(Files.readString(open)).doesNotContain("\r");
  }

  @Test
  void namedAloneItFailsTheRunInTheUsersLanguage() {
    CliRun fmt = CliRun.of("fmt", locked.toString(), "--lang", "zh");

    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err()).contains("文件是只读的，未处理");
    assertThat(locked).hasBinaryContent(lockedBefore);
    // the summary does not say that nothing needed reformatting: one file did, and was left
    CliRun en = CliRun.of("fmt", locked.toString(), "--lang", "en");
    assertThat(en.out()).contains("No file reformatted; 1 checked, 1 left as it is");
    assertThat(en.out()).doesNotContain("needed");
  }

  @Test
  void checkStillSaysItWouldChange() {
    CliRun check = CliRun.of("fmt", "--check", locked.toString(), "--lang", "en");

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).contains("would reformat " + locked);
  }

  @Test
  void madeWritableAgainItIsFormatted() throws IOException {
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
    CliRun fmt = CliRun.of("fmt", locked.toString(), "--lang", "en");

    assertThat(fmt.code()).as(fmt.err()).isZero();
    assertThat(Files.readString(locked)).doesNotContain("\r");
  }
}
