package org.gkml.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (stale class-data archive): a jar copied over lib/gkml.jar without its id file is
 * found out by the first run, whose archive (named for the old id) is removed and whose id file is
 * made the jar's, so the next run maps the right classes.
 */
class SharedArchiveTest {
  private static final String OLD = "a".repeat(64);
  private static final String NEW = "b".repeat(64);

  @TempDir Path lib;

  private Path archive() throws IOException {
    Files.writeString(lib.resolve(SharedArchive.ID_FILE), OLD + "\n");
    return Files.writeString(lib.resolve("gkml-" + OLD.substring(0, 16) + ".jsa"), "archive");
  }

  @Test
  void theArchiveOfTheJarsOwnBuildIsKept() throws IOException {
    Path archive = archive();
    assertThat(SharedArchive.check(OLD, OLD, archive)).isEqualTo(SharedArchive.Verdict.CURRENT);
    assertThat(archive).exists();
  }

  @Test
  void aJarWithoutAnIdIsNotJudged() throws IOException {
    Path archive = archive();
    assertThat(SharedArchive.check(OLD, null, archive)).isEqualTo(SharedArchive.Verdict.CURRENT);
    assertThat(archive).exists();
  }

  @Test
  void anotherBuildsArchiveIsRemovedAndTheIdFileMadeTheJars() throws IOException {
    Path archive = archive();
    assertThat(SharedArchive.check(OLD, NEW, archive)).isEqualTo(SharedArchive.Verdict.REMOVED);
    assertThat(archive).doesNotExist();
    assertThat(lib.resolve(SharedArchive.ID_FILE)).hasContent(NEW);
  }

  @Test
  void anArchiveThatCannotBeRemovedIsSaidToBeKept() throws IOException {
    // a path below a regular file: neither removable nor writable, even for root
    Path file = Files.writeString(lib.resolve("lib"), "x");
    Path archive = file.resolve("gkml-" + OLD.substring(0, 16) + ".jsa");
    assertThat(SharedArchive.check(OLD, NEW, archive)).isEqualTo(SharedArchive.Verdict.KEPT);
  }

  @Test
  void withoutTheLaunchersPropertiesThereIsNothingToCheck() {
    assertThat(System.getProperty(SharedArchive.ID)).isNull();
    assertThat(SharedArchive.check()).isEqualTo(SharedArchive.Verdict.CURRENT);
  }
}
