package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every YAML file gkml writes itself is already in the canonical layout: {@code fmt --check} passes
 * right after it, with values that need quotes ({@code version: "2026.1"}, {@code code:
 * "511703001"}) in double quotes, never single ones.
 */
class WrittenYamlIsCanonicalTest {

  private static void assertCanonical(Path root, Path written) throws Exception {
    String text = Files.readString(written, StandardCharsets.UTF_8);
    assertThat(text).as(written.toString()).doesNotContain(": '").doesNotContain("{code: '");
    CliRun check =
        CliRun.of("fmt", "--check", written.toString(), "--root", root.toString(), "--lang", "en");
    assertThat(check.code()).as(written + "\n" + check.out() + check.err()).isZero();
  }

  @Test
  void scaffoldedCatalogueAndOverlayPassFmtCheck(@TempDir Path root) throws Exception {
    TestCatalogs.copy(Path.of("catalogs"), root);

    CliRun catalog = CliRun.of("new", "catalog", "--root", root.toString(), "--domain", "住房保障");
    CliRun overlay =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            root.toString(),
            "--region",
            "511703001",
            "--domain",
            "养老服务");

    assertThat(catalog.code()).as(catalog.err()).isZero();
    assertThat(overlay.code()).as(overlay.err()).isZero();
    Path basic = root.resolve("basic/affordable-housing.yaml");
    Path region = root.resolve("regions/511703-达川区/511703001-三里坪街道/elderly-care.yaml");
    assertThat(Files.readString(basic, StandardCharsets.UTF_8)).contains("version: \"");
    assertThat(Files.readString(region, StandardCharsets.UTF_8)).contains("code: \"511703001\"");
    assertCanonical(root, basic);
    assertCanonical(root, region);
  }

  @Test
  void regionImportIntoTheTreePassesFmtCheck(@TempDir Path root, @TempDir Path tmp)
      throws Exception {
    TestCatalogs.copy(Path.of("catalogs"), root);
    Path xlsx = tmp.resolve("511703001.xlsx");
    assertThat(
            CliRun.of(
                    "export",
                    "xlsx",
                    "--root",
                    root.toString(),
                    "--region",
                    "511703001",
                    "-o",
                    xlsx.toString())
                .code())
        .isZero();
    Path overlay = root.resolve("regions/511703-达川区/511703001-三里坪街道/social-insurance.yaml");
    Files.delete(overlay);

    CliRun imported =
        CliRun.of(
            "import",
            xlsx.toString(),
            "--root",
            root.toString(),
            "--region",
            "511703001",
            "--into-tree",
            // the overlay deleted since the export is a change the workbook is to undo
            "--accept-changed-tree");

    assertThat(imported.code()).as(imported.err()).isZero();
    assertCanonical(root, overlay);
  }

  @Test
  void importedCatalogueFilePassesFmtCheck(@TempDir Path root, @TempDir Path out) throws Exception {
    TestCatalogs.copy(Path.of("catalogs"), root);
    Path page = Path.of("src/test/resources/import/published/01-gaizhou-shehuijiuzhu/raw.html");

    CliRun imported =
        CliRun.of("import", page.toString(), "--root", root.toString(), "-o", out.toString());

    assertThat(imported.code()).as(imported.err()).isZero();
    Path written = out.resolve("social-assistance.yaml");
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("version: \"");
    assertCanonical(root, written);
  }
}
