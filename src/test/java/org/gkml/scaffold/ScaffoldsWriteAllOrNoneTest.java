package org.gkml.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.gkml.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hardening review #5: {@code init}, {@code new catalog} and {@code new overlay} wrote in place, so
 * a full disk left empty or cut-off files, and the same command then refused to run again ("exists
 * already", "catalogs is not empty"). They now write all or none: a failed write leaves nothing of
 * the run behind, and the retry works. A write that fails is made real with the file size limit of
 * a child process ({@code ulimit -f}: the JVM gets "File too large" as it would "No space left").
 */
class ScaffoldsWriteAllOrNoneTest {
  @TempDir Path tmp;

  @Test
  void initThatCannotWriteAFileLeavesNoRepositoryAndRunsAgain() throws Exception {
    Run failed = gkmlWithFileSizeLimit(8, "init", "repo");
    assertThat(failed.code()).as(failed.output()).isEqualTo(2);
    assertThat(failed.output()).contains("cannot write repo/schemas/catalog.schema.json");
    assertThat(everything(tmp)).as("nothing of the repository, no temporary file").isEmpty();

    CliRun again = CliRun.of("init", tmp.resolve("repo").toString(), "--lang", "en");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(tmp.resolve("repo/catalogs/gkml.yaml")).isRegularFile();
    assertThat(tmp.resolve("repo/schemas/catalog.schema.json"))
        .hasSameTextualContentAs(Path.of("schemas/catalog.schema.json"), StandardCharsets.UTF_8);
    assertThat(tmp.resolve("repo/catalogs/basic")).isEmptyDirectory();
  }

  @Test
  void initIntoAnExistingFolderLeavesItAsItWasWhenOneFileCannotBeWritten() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("README.md"), "mine\n");
    // a file where init makes a folder: the workflow, written after most of the others, fails
    Files.writeString(repo.resolve(".github"), "not a folder\n");

    CliRun failed = CliRun.of("init", repo.toString(), "--lang", "en");
    assertThat(failed.code()).isEqualTo(2);
    assertThat(failed.err()).contains("cannot write " + repo.resolve(".github/workflows/gkml.yml"));
    assertThat(failed.out()).doesNotContain("wrote");
    assertThat(everything(repo)).containsExactlyInAnyOrder("README.md", ".github");

    Files.delete(repo.resolve(".github"));
    CliRun again = CliRun.of("init", repo.toString(), "--lang", "en");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(repo.resolve(".github/workflows/gkml.yml")).isRegularFile();
    assertThat(repo.resolve("README.md")).hasContent("mine");
  }

  @Test
  void newCatalogThatCannotBeWrittenLeavesNoEmptyFileAndRunsAgain() throws Exception {
    Path root = tree();
    List<String> before = everything(root);

    Run failed = gkmlWithFileSizeLimit(0, "new", "catalog", "--root", "cat", "--domain", "民政");
    assertThat(failed.code()).as(failed.output()).isEqualTo(2);
    assertThat(failed.output()).contains("cannot write").contains("民政.yaml");
    assertThat(everything(root)).isEqualTo(before);

    CliRun again = CliRun.of("new", "catalog", "--root", root.toString(), "--domain", "民政");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(root.resolve("basic/民政.yaml")).content().contains("domain: 民政");
  }

  @Test
  void newOverlayThatCannotBeWrittenLeavesNoEmptyFileNorNewFoldersAndRunsAgain() throws Exception {
    Path root = tree();
    // a village of 石桥镇 with no folder yet: the overlay's folder is made on the way
    Files.writeString(
        root.resolve("regions.csv"),
        Files.readString(root.resolve("regions.csv")) + "511703102101,新村\n");
    List<String> before = everything(root);

    Run failed =
        gkmlWithFileSizeLimit(
            0, "new", "overlay", "--root", "cat", "--region", "511703102101", "--domain", "安全生产");
    assertThat(failed.code()).as(failed.output()).isEqualTo(2);
    assertThat(failed.output()).contains("cannot write").contains("safety-production.yaml");
    assertThat(everything(root)).as("no empty file, no folder made for it").isEqualTo(before);

    CliRun again =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            root.toString(),
            "--region",
            "511703102101",
            "--domain",
            "安全生产");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(CliRun.of("validate", "--root", root.toString()).code()).isZero();
  }

  private Path tree() throws IOException {
    Path root = tmp.resolve("cat");
    TestCatalogs.copy(Path.of("catalogs"), root);
    return root;
  }

  private record Run(int code, String output) {}

  /** gkml run in {@link #tmp} by a child JVM that may write files of {@code kib} KiB at most. */
  private Run gkmlWithFileSizeLimit(int kib, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.addAll(List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$@\"", "gkml"));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:-UsePerfData", "-cp", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of("--lang", "en"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().put("GKML_CACHE", "off");
    // through a pipe: the limit applies to the child's regular files, a log file too
    Process p = pb.redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), output);
  }

  /** Every file and folder below {@code dir}, relative to it, sorted. */
  private static List<String> everything(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> !p.equals(dir))
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
