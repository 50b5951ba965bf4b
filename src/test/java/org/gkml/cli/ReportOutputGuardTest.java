package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hardening review #1: {@code report -o} wrote wherever it was told, inside the tree it reads too,
 * overwriting a catalogue file with exit 0. It now goes through the guard every writing command
 * uses ({@link OutputTarget}).
 */
class ReportOutputGuardTest {
  @TempDir Path tmp;

  private Path tree() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(Path.of("catalogs"), root);
    return root;
  }

  @Test
  void aCatalogueFileIsNotOverwritten() throws IOException {
    Path root = tree();
    Path basic = root.resolve("basic/safety-production.yaml");
    String before = Files.readString(basic);
    for (String format : new String[] {"text", "json", "html", "xlsx"}) {
      CliRun run =
          CliRun.of(
              "report", "--root", root.toString(), "--format", format, "-o", basic.toString());
      assertThat(run.code()).as(format).isEqualTo(2);
      assertThat(run.err()).contains("will not write", "lies inside " + root);
      assertThat(basic).hasContent(before);
    }
    Path fresh = root.resolve("regions/report.json");
    CliRun json =
        CliRun.of("report", "--root", root.toString(), "--format", "json", "-o", fresh.toString());
    assertThat(json.code()).isEqualTo(2);
    assertThat(fresh).doesNotExist();
  }

  @Test
  void aLinkIntoTheTreeIsFollowedAndRefused() throws IOException {
    Path root = tree();
    Path employment = root.resolve("basic/employment.yaml");
    String before = Files.readString(employment);
    Path link = Files.createSymbolicLink(tmp.resolve("link.yaml"), employment);
    CliRun run =
        CliRun.of("report", "--root", root.toString(), "--format", "json", "-o", link.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("will not write " + link);
    assertThat(employment).hasContent(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aFolderNameIsAFolderNotAFile() throws IOException {
    Path root = tree();
    Path dir = tmp.resolve("newdir");
    CliRun text = CliRun.of("report", "--root", root.toString(), "-o", dir + "/");
    assertThat(text.code()).isEqualTo(2);
    assertThat(text.err()).contains("names a folder");
    assertThat(dir).doesNotExist();

    // a workbook has a default name: it goes into the folder
    CliRun xlsx =
        CliRun.of("report", "--root", root.toString(), "--format", "xlsx", "-o", dir + "/");
    assertThat(xlsx.code()).as(xlsx.err()).isZero();
    assertThat(dir.resolve("report.xlsx")).isRegularFile();
    assertThat(xlsx.out()).contains("report.xlsx");
  }

  @Test
  void theDefaultWorkbookIsNotWrittenIntoTheTreeItReads() {
    // run from inside the tree: the working folder is the root, where report.xlsx would land
    CliRun run = CliRun.of("report", "--root", ".", "--format", "xlsx");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("will not write report.xlsx: it lies inside .");
    assertThat(Path.of("report.xlsx")).doesNotExist();
  }

  @Test
  void outsideTheTreeItStillWrites() throws IOException {
    Path root = tree();
    Path out = tmp.resolve("out/report.json");
    CliRun run =
        CliRun.of("report", "--root", root.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out).content().startsWith("{");
  }
}
