package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gkml.cache.ValidationCache;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every file and folder settled, a cached run knows the tree's walk from the stat index
 * (KnownWalk) instead of listing folders: its findings stay those of a run without the cache after
 * files and folders are added, renamed, moved and removed.
 */
class ValidationCacheKnownWalkTest {
  @TempDir Path work;
  private Path root;

  @BeforeEach
  void shippedTree() throws IOException {
    root = work.resolve("catalogs");
    ValidationCacheTest.copy(Path.of("catalogs"), root);
    settleAll();
    // folders are judged by their ctime, which cannot be dated back: the copy's folders settle by
    // waiting (StatIndex.MARGIN_NANOS), so that the first index stored vouches for them all
    try {
      Thread.sleep(2_100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Dates every file and folder of the tree an hour back (not the cache's); see shippedTree. */
  private void settleAll() throws IOException {
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        if (!root.relativize(p).startsWith(ValidationCache.TREE_FOLDER)) {
          Files.setLastModifiedTime(p, hourAgo);
        }
      }
    }
  }

  private CliRun validate(boolean cached) {
    List<String> args =
        new ArrayList<>(
            List.of("validate", "--root", root.toString(), "--lang=en", "--format", "json"));
    if (!cached) {
      args.add("--no-cache");
    }
    return CliRun.withEnv(Map.of(), args.toArray(String[]::new));
  }

  /** A cached run (its walk known from the index when nothing changed) against an uncached one. */
  private CliRun sameWithAndWithoutCache() throws IOException {
    CliRun uncached = validate(false);
    CliRun cached = validate(true);
    assertThat(cached.out()).isEqualTo(uncached.out());
    assertThat(cached.code()).isEqualTo(uncached.code());
    settleAll(); // the next change meets an index that vouches for every folder
    CliRun again = validate(true);
    assertThat(again.out()).isEqualTo(uncached.out());
    return uncached;
  }

  @Test
  void findingsStayExactWhenFilesAndFoldersComeAndGo() throws IOException {
    assertThat(sameWithAndWithoutCache().code()).isZero();
    Path town = root.resolve("regions/511703-达川区/511703001-三里坪街道");
    Path village = town.resolve("511703001201-凤凰村");
    // a broken overlay copied into a new folder: a new village
    Path newVillage = town.resolve("511703001299-新村");
    Files.createDirectories(newVillage);
    Files.writeString(
        newVillage.resolve("employment.yaml"),
        Files.readString(village.resolve("employment.yaml"), StandardCharsets.UTF_8)
            .replace("  - id:", "  - idd:"),
        StandardCharsets.UTF_8);
    CliRun added = sameWithAndWithoutCache();
    assertThat(added.code()).isEqualTo(1);
    assertThat(added.out()).contains("511703001299");
    // the broken file renamed to a name that is no catalogue file, then back
    Path broken = newVillage.resolve("employment.yaml");
    Files.move(broken, newVillage.resolve("employment.yaml.bak"));
    assertThat(sameWithAndWithoutCache().code()).isZero();
    Files.move(newVillage.resolve("employment.yaml.bak"), broken);
    assertThat(sameWithAndWithoutCache().code()).isEqualTo(1);
    // the whole folder moved below another town, then removed
    Path elsewhere = root.resolve("regions/511703-达川区/511703102-石桥镇/511703102299-新村");
    Files.move(newVillage, elsewhere);
    assertThat(sameWithAndWithoutCache().out()).contains("511703102299");
    Files.delete(elsewhere.resolve("employment.yaml"));
    Files.delete(elsewhere);
    assertThat(sameWithAndWithoutCache().code()).isZero();
    // edits in place (no folder changes): the walk is known, the edited file read
    Path overlay = town.resolve("safety-production.yaml");
    String text = Files.readString(overlay, StandardCharsets.UTF_8);
    Files.writeString(overlay, text.replace("  - id:", "  - idd:"), StandardCharsets.UTF_8);
    assertThat(sameWithAndWithoutCache().code()).isEqualTo(1);
    Files.writeString(overlay, text, StandardCharsets.UTF_8);
    assertThat(sameWithAndWithoutCache().code()).isZero();
    // a village file removed, with its folder kept empty
    try (Stream<Path> files = Files.list(village)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    sameWithAndWithoutCache();
  }

  @Test
  void aFileWrittenInPlaceWithItsSizeAndMtimeKeptIsReadAgain() throws IOException {
    // what cp -a, tar -x or unzip -o of a fixed-date archive over an older copy of the tree do:
    // the inode, the size and the mtime stay, only the ctime tells
    Path overlay = root.resolve("regions/511703-达川区/safety-production.yaml");
    CliRun first = validate(true);
    assertThat(first.code()).isZero();
    FileTime mtime = Files.getLastModifiedTime(overlay);
    Object inode = Files.readAttributes(overlay, "unix:ino").get("ino");
    String text = Files.readString(overlay, StandardCharsets.UTF_8);
    String broken = text.replaceFirst("mode: 主动", "mode: 主被");
    assertThat(broken.getBytes(StandardCharsets.UTF_8))
        .hasSameSizeAs(text.getBytes(StandardCharsets.UTF_8));
    Files.writeString(overlay, broken, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(overlay, mtime);
    assertThat(Files.readAttributes(overlay, "unix:ino").get("ino")).isEqualTo(inode);

    CliRun cached = validate(true);

    CliRun uncached = validate(false);
    assertThat(uncached.code()).isEqualTo(1);
    assertThat(cached.out()).isEqualTo(uncached.out());
    assertThat(cached.code()).isEqualTo(1);
  }
}
