package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.gkml.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Class 2 of issue #11 (the input half), paths escaping where they belong: a region name that could
 * step out of a folder is a validation error (GK308) before any command writes, and a link inside
 * the catalogue root that leads out of it is reported (GK008), never read, its target's content
 * never echoed.
 */
class PathEscapeTest {
  static final Path CHAIN = Path.of("src/test/resources/validate/valid/overlay-chain");
  private static final String SECRET = "TOP-SECRET-LINE-42";

  @TempDir Path work;
  Path root;
  Path outside;

  @BeforeEach
  void copyTree() throws IOException {
    root = work.resolve("catalogs");
    TestCatalogs.copy(CHAIN, root);
    outside = Files.writeString(work.resolve("secret.yaml"), SECRET + ": 1\n" + SECRET + "\n");
  }

  private Path county() {
    return root.resolve("regions/511703-达川区/safety-production.yaml");
  }

  private CliRun validate() {
    return CliRun.of("validate", "--root", root.toString(), "--lang", "en");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x/../../../../evil", "达川区\\\\通川区", "..", "达川\\u001b[2J区", "达川\\n区"})
  void anOverlayRegionNameThatCouldLeaveItsFolderIsAnError(String name) throws IOException {
    TestCatalogs.replaceIn(county(), "name: 达川区}", "name: \"" + name + "\"}");

    CliRun run = validate();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("safety-production.yaml:5:").contains("error GK308");
    // the message names the offending part, never the raw control character
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("达川\n区");
  }

  @Test
  void aRegisterNameThatCouldLeaveItsFolderIsAnErrorAtItsLine() throws IOException {
    Files.writeString(
        root.resolve("regions.csv"),
        "code,name\n511703,达川区\n511703001,\"../../evil\"\n",
        StandardCharsets.UTF_8);

    CliRun run = validate();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("regions.csv:3:1: error GK308").contains("\"..\"");
  }

  @Test
  void unsafeNamePartsAreNamedAndSafeNamesPass() {
    assertThat(Region.unsafeNamePart("511703-达川区")).isEmpty();
    assertThat(Region.unsafeNamePart("三里坪街道（含·社区）")).isEmpty();
    assertThat(Region.unsafeNamePart("a/b")).contains("\"/\"");
    assertThat(Region.unsafeNamePart("a\\b")).contains("\"\\\"");
    assertThat(Region.unsafeNamePart("a..b")).contains("\"..\"");
    assertThat(Region.unsafeNamePart("a\tb")).contains("U+0009");
    assertThat(Region.unsafeNamePart("a\u202Eb")).contains("U+202E");
  }

  @Test
  void aLinkLeavingTheRootIsReportedAndNotRead() throws IOException {
    Files.createSymbolicLink(root.resolve("basic/leak.yaml"), outside);

    CliRun run = validate();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("basic/leak.yaml:1:1: error GK008").contains("outside");
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
  }

  @Test
  void aNamedFileThatIsALinkLeavingTheRootIsReportedAndNotRead() throws IOException {
    Path leak = Files.createSymbolicLink(root.resolve("basic/leak.yaml"), outside);

    CliRun run = CliRun.of("validate", "--root", root.toString(), leak.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("basic/leak.yaml:1:1: error GK008");
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
  }

  @Test
  void aLinkInANamedFolderIsReportedOnce() throws IOException {
    Files.createSymbolicLink(root.resolve("basic/leak.yaml"), outside);

    CliRun run =
        CliRun.of(
            "validate",
            "--root",
            root.toString(),
            root.resolve("basic").toString(),
            "--lang",
            "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).containsOnlyOnce("GK008").contains("1 error,");
  }

  @Test
  void aConfigLinkLeavingTheRootIsReportedAndNotRead() throws IOException {
    Files.createSymbolicLink(root.resolve("gkml.yaml"), outside);

    CliRun run = validate();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("gkml.yaml:1:1: error GK008");
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
  }

  @Test
  void aLinkToAFileInsideTheRootIsFollowed() throws IOException {
    Path basic = root.resolve("basic/safety-production.yaml");
    Path shared = Files.createDirectories(root.resolve("shared"));
    Files.move(basic, shared.resolve("safety-production.yaml"));
    Files.createSymbolicLink(basic, Path.of("../shared/safety-production.yaml"));

    CliRun run = validate();

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 4 files\n");
  }

  @Test
  void aLinkToAFolderIsReportedNotFollowed() throws IOException {
    Files.createSymbolicLink(root.resolve("regions/alias"), root.resolve("regions/511703-达川区"));

    CliRun run = validate();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("regions/alias:1:1: error GK008").contains("folder");
  }

  @Test
  void mergeStopsWhenABasicCatalogueIsALinkLeavingTheRoot() throws IOException {
    Path basic = root.resolve("basic/safety-production.yaml");
    Files.move(basic, work.resolve("moved.yaml"));
    Files.createSymbolicLink(basic, work.resolve("moved.yaml"));

    CliRun run =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703", "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("items:");
    assertThat(run.out() + run.err()).contains("GK008");
  }

  @Test
  void exportOfTheBasicCatalogueStopsWhenOneIsALinkLeavingTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("basic/leak.yaml"), outside);
    Path out = work.resolve("basic.html");

    CliRun run =
        CliRun.of(
            "export", "html", "--root", root.toString(), "-o", out.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("GK008");
    assertThat(out).doesNotExist();
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
  }

  @Test
  void diffRefusesALinkLeavingTheFolderInOneLine() throws IOException {
    Files.createSymbolicLink(root.resolve("basic/leak.yaml"), outside);

    CliRun run = CliRun.of("diff", CHAIN.toString(), root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("leak.yaml").contains("outside");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out() + run.err()).doesNotContain(SECRET);
  }
}
