package org.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void newFileIsReadableByOthers() throws IOException {
    Path out = dir.resolve("sub/page.html");

    AtomicFile.write(out, o -> o.write("页面".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.readString(out)).isEqualTo("页面");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void replacedFileKeepsItsPermissions() throws IOException {
    Path out = dir.resolve("catalog.yaml");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));

    AtomicFile.write(out, o -> o.write('x'));

    assertThat(Files.readString(out)).isEqualTo("x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void failureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("catalog.yaml");
    Files.writeString(out, "old");

    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    out,
                    o -> {
                      o.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(Files.readString(out)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }
}
