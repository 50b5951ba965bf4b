package org.gkml.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build id embedded in the jar: two builds of the same version whose jars have the same size
 * and date (as every release archive's do) are different builds for the validate cache when their
 * classes differ, and the same build when only the clock differs (the build stays reproducible).
 */
class BuildIdTest {
  private static final FileTime RELEASE_DATE = FileTime.fromMillis(1_767_225_600_000L);

  private static Path build(Path dir, String rule, String pom) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes/org/gkml")).getParent().getParent();
    Path a = classes.resolve("org/gkml/Rule.class");
    Path b = classes.resolve("org/gkml/Messages.properties");
    Files.writeString(a, rule, StandardCharsets.UTF_8);
    Files.writeString(b, "rule.GK201.title=Target unknown\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    for (Path p : List.of(a, b)) {
      Files.setLastModifiedTime(p, RELEASE_DATE);
    }
    return classes;
  }

  private static String id(Path dir) throws Exception {
    return BuildId.of(dir.resolve("classes"), List.of(dir.resolve("pom.xml")));
  }

  @Test
  void aRespunBuildOfTheSameVersionSizeAndDateIsAnotherBuild(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    build(one, "GK201 error", "<version>1.1.0</version>");
    build(two, "GK201 warns", "<version>1.1.0</version>"); // same length, same dates

    assertThat(Files.size(one.resolve("classes/org/gkml/Rule.class")))
        .isEqualTo(Files.size(two.resolve("classes/org/gkml/Rule.class")));
    assertThat(id(one)).matches("[0-9a-f]{64}").isNotEqualTo(id(two));
    assertThat(BuildStamp.of("1.1.0", id(one), "gkml.jar|43000000|1767225600000"))
        .isNotEqualTo(BuildStamp.of("1.1.0", id(two), "gkml.jar|43000000|1767225600000"));
  }

  @Test
  void aDependencyPinnedInTheBuildFileMakesAnotherBuild(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    build(one, "GK201 error", "<jgit.version>7.1.0</jgit.version>");
    build(two, "GK201 error", "<jgit.version>7.2.0</jgit.version>");

    assertThat(id(one)).isNotEqualTo(id(two));
  }

  @Test
  void theSameSourcesGiveTheSameIdWhateverTheClockAndItsOwnFile(@TempDir Path dir)
      throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    build(one, "GK201 error", "<version>1.1.0</version>");
    Path classes = build(two, "GK201 error", "<version>1.1.0</version>");
    Files.setLastModifiedTime(classes.resolve("org/gkml/Rule.class"), FileTime.fromMillis(0));
    String before = id(two);

    BuildId.main(new String[] {classes.toString(), two.resolve("pom.xml").toString()});

    assertThat(before).isEqualTo(id(one));
    // the file it writes is left out: writing it again (a second package) gives the same id
    assertThat(Files.readString(classes.resolve(BuildId.RESOURCE)).strip()).isEqualTo(before);
    assertThat(id(two)).isEqualTo(before);
  }
}
