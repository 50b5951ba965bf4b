package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import PAGE --region CODE} of a table with no 编号 column (gkml's own published page): one
 * error per domain saying why, not one "deleted without a reason" per inherited item.
 */
class RegionImportOfAPageWithoutIdsTest {
  @TempDir Path tmp;

  @Test
  void aTableWithoutIdsIsOneErrorPerDomainAndNothingIsWritten() throws Exception {
    Path root = tmp.resolve("catalogs");
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    Path page = tmp.resolve("page.html");
    CliRun export =
        CliRun.of(
            "export",
            "html",
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "-o",
            page.toString());
    assertThat(export.code()).as(export.err()).isZero();

    Path out = tmp.resolve("out");
    CliRun r =
        CliRun.of(
            "import",
            page.toString(),
            "--region",
            "511703102",
            "--root",
            root.toString(),
            "-o",
            out.toString(),
            "--lang",
            "en");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("安全生产 has no 编号 (item id) column")
        .doesNotContain("was deleted without a reason");
    assertThat(out).doesNotExist();
  }
}
