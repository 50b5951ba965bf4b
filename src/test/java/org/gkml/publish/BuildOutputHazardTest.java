package org.gkml.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.error.GkmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, class 3, the build's folder: one build a folder at a time, a staging folder of its
 * own, nothing left behind when stopped, nothing replaced that a build did not write.
 */
class BuildOutputHazardTest {
  @TempDir Path tmp;

  @Test
  void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws IOException {
    Path out = tmp.resolve("out");
    try (StagedOutput first = StagedOutput.prepare(out)) {
      assertThatThrownBy(() -> StagedOutput.prepare(out))
          .isInstanceOfSatisfying(
              GkmlException.class, e -> assertThat(e.key()).isEqualTo("build.busy"));
      assertThat(first.folder()).exists();
    }
    assertThat(siblings()).isEmpty();
    // the lock is released: a later build goes ahead
    try (StagedOutput later = StagedOutput.prepare(out)) {
      later.commit();
    }
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void everyRunStagesInAFolderOfItsOwn() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    try (StagedOutput one = StagedOutput.prepare(a);
        StagedOutput two = StagedOutput.prepare(b)) {
      assertThat(one.folder()).isNotEqualTo(two.folder());
      assertThat(one.folder().getFileName().toString()).startsWith(".a.gkml-staging-");
    }
  }

  @Test
  void stoppingABuildRemovesItsStagingFolderAndKeepsThePreviousOutput() throws IOException {
    Path out = tmp.resolve("out");
    try (StagedOutput first = StagedOutput.prepare(out)) {
      Files.writeString(first.folder().resolve("index.html"), "first");
      first.commit();
    }
    StagedOutput second = StagedOutput.prepare(out);
    Files.createDirectories(second.folder().resolve("511703-达川区"));
    Files.writeString(second.folder().resolve("511703-达川区/index.html"), "half");
    second.abort(); // what the shutdown hook does on Ctrl-C or SIGTERM
    assertThatThrownBy(second::check).isInstanceOf(IOException.class);
    assertThatThrownBy(second::commit).isInstanceOf(IOException.class);
    assertThat(out.resolve("index.html")).hasContent("first");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void aBuildReplacesOnlyWhatItsManifestLists() throws IOException {
    Path out = tmp.resolve("out");
    try (StagedOutput first = StagedOutput.prepare(out)) {
      Files.writeString(first.folder().resolve("index.html"), "first");
      first.commit();
    }
    assertThat(out.resolve(StagedOutput.MANIFEST)).content().contains("\nindex.html\n");
    Files.createDirectories(out.resolve("catalogs/basic"));
    assertThatThrownBy(() -> StagedOutput.prepare(out))
        .isInstanceOfSatisfying(
            GkmlException.class,
            e -> {
              assertThat(e.key()).isEqualTo("build.foreignEntry");
              assertThat(e.args()).contains("catalogs");
            });
    assertThat(out.resolve("catalogs/basic")).isDirectory();
    // a manifest of someone else's making does not count
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve(StagedOutput.MANIFEST), "notes.txt\n");
    Files.writeString(other.resolve("notes.txt"), "keep");
    assertThatThrownBy(() -> StagedOutput.prepare(other))
        .isInstanceOfSatisfying(
            GkmlException.class, e -> assertThat(e.key()).isEqualTo("build.foreignOutput"));
    assertThat(other.resolve("notes.txt")).hasContent("keep");
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
