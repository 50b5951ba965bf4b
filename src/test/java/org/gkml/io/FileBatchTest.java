package org.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several outputs written all or none: a failure on one leaves every file as it was. */
class FileBatchTest {
  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void allFilesAreWrittenReplacedAndDeletedWithNothingElseLeft() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "old a");
    Files.writeString(dir.resolve("gone.yaml"), "to delete");
    new FileBatch()
        .write(dir.resolve("a.yaml"), utf8("new a"))
        .write(dir.resolve("sub/b.yaml"), utf8("new b"))
        .delete(dir.resolve("gone.yaml"))
        .delete(dir.resolve("never-was.yaml"))
        .commit();
    assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("new a");
    assertThat(Files.readString(dir.resolve("sub/b.yaml"))).isEqualTo("new b");
    assertThat(dir.resolve("gone.yaml")).doesNotExist();
    assertThat(entries()).containsExactlyInAnyOrder("a.yaml", "sub", "sub/b.yaml");
  }

  @Test
  void aTargetThatIsAFolderFailsBeforeAnyFileIsWritten() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "old a");
    Files.createDirectories(dir.resolve("b.yaml"));
    FileBatch batch =
        new FileBatch()
            .write(dir.resolve("a.yaml"), utf8("new a"))
            .write(dir.resolve("new/c.yaml"), utf8("c"))
            .write(dir.resolve("b.yaml"), utf8("b"));
    assertThatThrownBy(batch::commit)
        .isInstanceOfSatisfying(
            FileBatch.Failed.class, f -> assertThat(f.target()).isEqualTo(dir.resolve("b.yaml")));
    assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("old a");
    assertThat(entries()).containsExactlyInAnyOrder("a.yaml", "b.yaml");
  }

  @Test
  void aFailureWhileWritingPutsEverythingBack() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "old a");
    Files.writeString(dir.resolve("gone.yaml"), "kept");
    Files.writeString(dir.resolve("file"), "a file where a folder is needed");
    FileBatch batch =
        new FileBatch()
            .write(dir.resolve("a.yaml"), utf8("new a"))
            .write(dir.resolve("made/deeper/b.yaml"), utf8("b"))
            .delete(dir.resolve("gone.yaml"))
            .write(dir.resolve("file/c.yaml"), utf8("c"));
    assertThatThrownBy(batch::commit)
        .isInstanceOfSatisfying(
            FileBatch.Failed.class,
            f -> assertThat(f.target()).isEqualTo(dir.resolve("file/c.yaml")));
    assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("old a");
    assertThat(Files.readString(dir.resolve("gone.yaml"))).isEqualTo("kept");
    assertThat(entries()).containsExactlyInAnyOrder("a.yaml", "gone.yaml", "file");
  }

  private java.util.List<String> entries() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).toList();
    }
  }
}
