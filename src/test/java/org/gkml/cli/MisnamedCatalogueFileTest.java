package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GK010: a catalogue saved as {@code x.yaml.txt} (Notepad's "Save as") or a folder named {@code
 * x.yaml} is not read; validate says so instead of silently checking a file fewer. Other files kept
 * beside the catalogues (a README, an attachment) are no finding.
 */
class MisnamedCatalogueFileTest {
  private static final String TOWNSHIP = "regions/511703-达川区/511703001-三里坪街道";

  @TempDir Path dir;

  @Test
  void aCatalogueSavedWithTxtAfterYamlIsAWarningNamingIt() throws IOException {
    Path root = TestCatalogs.copyOfShipped(dir.resolve("tree"));
    Path file = root.resolve(TOWNSHIP + "/safety-production.yaml");
    Files.move(file, file.resolveSibling("safety-production.yaml.txt"));

    CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(en.code()).as("a warning, as by default").isZero();
    assertThat(en.out())
        .contains(
            TOWNSHIP
                + "/safety-production.yaml.txt:1:1: warning GK010: not read: only files ending in"
                + " .yaml or .yml are catalogue files, and this name has \".txt\" after .yaml");
    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");
    assertThat(zh.out()).contains("warning GK010: 未读取").contains("“.txt”");
  }

  @Test
  void aFolderNamedLikeACatalogueIsAWarning() throws IOException {
    Path root = TestCatalogs.copyOfShipped(dir.resolve("tree"));
    // the file made into a folder of its name (a zip tool unpacking into a folder of that name)
    Path file = root.resolve("regions/511703-达川区/rural-dilapidated-housing.yaml");
    Files.deleteIfExists(file);
    Files.createDirectories(file);
    Files.createDirectories(root.resolve("basic/extra.YML"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(run.out())
        .contains(
            "regions/511703-达川区/rural-dilapidated-housing.yaml:1:1: warning GK010: not read: a"
                + " folder named like a catalogue file")
        .contains("basic/extra.YML:1:1: warning GK010");
  }

  @Test
  void otherFilesKeptBesideTheCataloguesAreNoFinding() throws IOException {
    Path root = TestCatalogs.copyOfShipped(dir.resolve("tree"));
    Files.writeString(root.resolve("regions/README.md"), "# 说明\n");
    Files.writeString(root.resolve(TOWNSHIP + "/附件.docx"), "x");
    Files.writeString(root.resolve(TOWNSHIP + "/~$fety-production.yaml.txt"), "lock");
    Files.writeString(root.resolve("basic/notes.txt"), "yaml");

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(run.out()).doesNotContain("GK010");
    assertThat(run.code()).as(run.out()).isZero();
  }

  @Test
  void theRuleCanBeTurnedOffForABackupKeptOnPurpose() throws IOException {
    Path root = TestCatalogs.copyOfShipped(dir.resolve("tree"));
    Files.copy(root.resolve("basic/employment.yaml"), root.resolve("basic/employment.yaml.bak"));
    CliRun warned = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(warned.out()).contains("basic/employment.yaml.bak:1:1: warning GK010");
    Path config = root.resolve("gkml.yaml");
    String text = Files.readString(config);
    Files.writeString(
        config,
        text.contains("rules:")
            ? text.replace("rules:\n", "rules:\n  GK010: off\n")
            : text + "rules:\n  GK010: off\n");
    CliRun off = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(off.out()).doesNotContain("GK010");
  }
}
