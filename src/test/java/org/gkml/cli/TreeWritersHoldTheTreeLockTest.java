package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gkml.TestCatalogs;
import org.gkml.io.TreeLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that write inside a catalogue tree hold its lock (staff review 9): a second writer while
 * one runs is refused at once with exit 2 and changes nothing, instead of leaving a tree mixed from
 * both; {@code import -o} into the tree is refused as merge and export refuse it.
 */
class TreeWritersHoldTheTreeLockTest {
  @TempDir Path tmp;

  private static final String TOWN = "511703102";

  @Test
  void importIntoTheTreeIsRefusedWhileAnotherCommandWritesIt() throws IOException {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("town.xlsx"), book -> {});
    Map<String, String> before = snapshot(root);
    try (TreeLock held = TreeLock.hold(root)) {
      CliRun run = importInto(xlsx, root, "--lang", "zh");
      assertThat(run.code()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains("另一个 gkml 命令正在写入目录树", root.toString());
      assertThat(snapshot(root)).isEqualTo(before);
    }
    CliRun after = importInto(xlsx, root, "--lang", "en");
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(root.resolve(TreeLock.NAME)).doesNotExist();
  }

  @Test
  void fmtAndNewAreRefusedWhileTheTreeIsLockedButFmtCheckIsNot() throws IOException {
    Path root = copy(Path.of("catalogs"));
    try (TreeLock held = TreeLock.hold(root)) {
      CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
      assertThat(fmt.code()).as(fmt.err()).isEqualTo(2);
      assertThat(fmt.err()).contains("another gkml command is writing the catalogue tree");
      Path one = Files.list(root.resolve("basic")).findFirst().orElseThrow();
      CliRun fmtFile = CliRun.of("fmt", one.toString(), "--lang", "en");
      assertThat(fmtFile.code()).as("a file of the tree named alone").isEqualTo(2);
      CliRun check = CliRun.of("fmt", "--check", "--root", root.toString());
      assertThat(check.code()).as(check.err()).isZero();
      CliRun scaffold =
          CliRun.of(
              "new", "overlay", "--root", root.toString(), "--region", TOWN, "--domain", "就业");
      assertThat(scaffold.code()).as(scaffold.err()).isEqualTo(2);
    }
    assertThat(CliRun.of("fmt", "--root", root.toString()).code()).isZero();
  }

  @Test
  void aLockThatCannotBeMadeRefusesTheWriterInsteadOfWritingUnguarded() throws IOException {
    // the re-check found two imports mixing again where the lock file could not be made (a root
    // folder others may not write, here a folder in the lock file's place): refused, not skipped
    Path root = copy(Path.of("catalogs"));
    Files.createDirectory(root.resolve(TreeLock.NAME));
    Path xlsx = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("town.xlsx"), book -> {});
    Map<String, String> before = snapshot(root);

    CliRun run = importInto(xlsx, root, "--lang", "zh");
    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("无法锁定目录树 " + root, TreeLock.NAME, "未作任何改动");
    assertThat(fmt.code()).as(fmt.err()).isEqualTo(2);
    assertThat(fmt.err()).contains("cannot lock the catalogue tree");
    assertThat(snapshot(root)).isEqualTo(before);
  }

  @Test
  void aSecondLockOnTheSameTreeIsRefusedAndTheFirstReleasesIt() throws IOException {
    Path root = copy(Path.of("catalogs"));
    try (TreeLock first = TreeLock.hold(root)) {
      assertThat(root.resolve(TreeLock.NAME)).exists();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeLock.hold(root))
          .hasFieldOrPropertyWithValue("key", "tree.busy");
    }
    try (TreeLock again = TreeLock.hold(root)) {
      assertThat(root.resolve(TreeLock.NAME)).exists();
    }
    assertThat(root.resolve(TreeLock.NAME)).doesNotExist();
  }

  @Test
  void importIntoAFolderOfTheTreeIsRefusedWithTheWayToWriteIntoTheTree() throws IOException {
    Path root = copy(Path.of("catalogs"));
    Path xlsx = EditedRegionWorkbook.of(root, TOWN, tmp.resolve("town.xlsx"), book -> {});
    Map<String, String> before = snapshot(root);
    for (Path out : new Path[] {root, root.resolve("regions"), root.resolve("new/sub")}) {
      CliRun run =
          CliRun.of(
              "import",
              xlsx.toString(),
              "--root",
              root.toString(),
              "--region",
              TOWN,
              "-o",
              out.toString(),
              "--lang",
              "zh");
      assertThat(run.code()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains("不会写入 " + out, "之内", "--into-tree");
    }
    assertThat(snapshot(root)).isEqualTo(before);
    CliRun outside =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            TOWN,
            "-o",
            tmp.resolve("out").toString());
    assertThat(outside.code()).as(outside.err()).isZero();
  }

  private static CliRun importInto(Path xlsx, Path root, String... more) {
    String[] args = {
      "import", xlsx.toString(), "--root", root.toString(), "--region", TOWN, "--into-tree"
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  private Path copy(Path tree) throws IOException {
    Path root = tmp.resolve("tree/catalogs");
    TestCatalogs.copy(tree, root);
    return root;
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    return TestCatalogs.contentFiles(root);
  }
}
