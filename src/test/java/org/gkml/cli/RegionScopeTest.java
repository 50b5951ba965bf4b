package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands about one region ({@code merge}, {@code export xlsx}, {@code export html} with {@code
 * --region}) read only the region's chain: what is wrong elsewhere in the tree does not stop them,
 * what is wrong on the chain still does, and an overlay is found by its {@code region.code}
 * wherever it lies.
 */
class RegionScopeTest {
  private static final String TOWNSHIP = "regions/511703-达川区/511703001-三里坪街道";
  private static final String OTHER_TOWNSHIP = "regions/511703-达川区/511703002-石桥镇";

  @TempDir Path tmp;
  Path root;

  @BeforeEach
  void copyTheChainTree() throws Exception {
    root = tmp.resolve("tree");
    TestCatalogs.copy(resource("merge/chain/tree"), root);
  }

  @Test
  void brokenFilesOffTheChainDoNotStopTheRegionsCommands() throws Exception {
    Files.writeString(root.resolve(OTHER_TOWNSHIP + "/broken.yaml"), "a: [");
    Files.writeString(
        root.resolve(OTHER_TOWNSHIP + "/safety.yaml"),
        "gkml: 1\nkind: overlay\ndomain: 安全生产\nregion: {code: \"511703002\", name: 石桥镇}\n"
            + "version: \"1\"\nmodify:\n  - id: S-404\n    owner: x\n");
    assertThat(CliRun.of("validate", "--root", root.toString()).code()).isEqualTo(2);

    Path xlsx = tmp.resolve("t.xlsx");
    CliRun excel = exportXlsx("511703001", xlsx);
    assertThat(excel.code()).as(excel.err()).isZero();
    assertThat(excel.err()).isEmpty();
    assertThat(xlsx).exists();
    Path html = tmp.resolve("t.html");
    CliRun page = exportHtml("511703001", html);
    assertThat(page.code()).as(page.err()).isZero();
    assertThat(html).exists();
    CliRun merge = CliRun.of("merge", "--root", root.toString(), "--region", "511703001201");
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("511703001201-S-001");
  }

  @Test
  void anErrorOnTheChainStopsTheRegionsCommands() throws Exception {
    Path overlay = root.resolve(TOWNSHIP + "/safety.yaml");
    Files.writeString(overlay, Files.readString(overlay) + "remove:\n  - id: S-404\n");
    Path xlsx = tmp.resolve("t.xlsx");
    CliRun excel = exportXlsx("511703001201", xlsx);
    assertThat(excel.code()).isEqualTo(1);
    assertThat(excel.err()).contains("GK001").contains("safety.yaml").contains("nothing exported");
    assertThat(xlsx).doesNotExist();
    Path html = tmp.resolve("t.html");
    CliRun page = exportHtml("511703001201", html);
    assertThat(page.code()).isEqualTo(1);
    assertThat(page.err()).contains("GK001");
    assertThat(html).doesNotExist();
    assertThat(CliRun.of("merge", "--root", root.toString(), "--region", "511703001").code())
        .isEqualTo(1);
    // the other township's chain does not hold the file
    assertThat(exportXlsx("511703002", tmp.resolve("other.xlsx")).code()).isZero();
  }

  @Test
  void anUnreadableFileInTheChainsFoldersStopsAnExport() throws Exception {
    Files.writeString(root.resolve(TOWNSHIP + "/broken.yaml"), "a: [");
    Path xlsx = tmp.resolve("t.xlsx");
    CliRun excel = exportXlsx("511703001201", xlsx);
    assertThat(excel.code()).isEqualTo(2);
    assertThat(excel.err()).contains("broken.yaml");
    assertThat(xlsx).doesNotExist();
    assertThat(exportXlsx("511703002", tmp.resolve("other.xlsx")).code()).isZero();
  }

  @Test
  void anOverlayInAnotherRegionsFolderStillCounts() throws Exception {
    // region.code is authoritative (FORMAT.md §3); the folder only earns a GK304 warning
    Files.writeString(
        root.resolve(OTHER_TOWNSHIP + "/employment.yaml"),
        "gkml: 1\nkind: overlay\ndomain: 就业\nregion: {code: \"511703001\", name: 三里坪街道}\n"
            + "version: \"1\"\nmodify:\n  - id: E-001\n    owner: 三里坪街道劳动保障所\n");
    CliRun merge =
        CliRun.of(
            "merge",
            "--root",
            root.toString(),
            "--region",
            "511703001",
            "--tier",
            "村级",
            "--domain",
            "就业");
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("owner: 三里坪街道劳动保障所");
    assertThat(merge.err()).contains("GK304");
    CliRun other =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703002", "--tier", "村级");
    assertThat(other.out()).doesNotContain("三里坪街道劳动保障所");
  }

  private CliRun exportXlsx(String region, Path out) {
    return CliRun.of(
        "export", "xlsx", "--root", root.toString(), "--region", region, "-o", out.toString());
  }

  private CliRun exportHtml(String region, Path out) {
    return CliRun.of(
        "export", "html", "--root", root.toString(), "--region", region, "-o", out.toString());
  }

  private static Path resource(String name) {
    try {
      return Path.of(RegionScopeTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
