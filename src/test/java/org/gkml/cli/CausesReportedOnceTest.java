package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken file is reported once, where it is; what depends on it says it was not checked instead
 * of reporting consequences as causes of their own (an overlay "without a basic catalogue", a
 * target "unknown" because the parent adding it cannot be read, channels "unknown" because a typo
 * elsewhere in gkml.yaml dropped the whole config).
 */
class CausesReportedOnceTest {

  private static Path write(Path root, String file, String text) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> findings(CliRun run) {
    return run.out().lines().filter(l -> l.contains(" GK")).toList();
  }

  @Test
  void anInvalidBasicCatalogueIsOneFindingAndItsOverlaysSayTheyWereNotChecked(@TempDir Path root)
      throws Exception {
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("mode: 主动", "mode: 主动公开"));
    write(root, "regions/511703-达川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(1);
    assertThat(findings(run)).hasSize(2);
    assertThat(findings(run).get(0)).contains("basic/safety-production.yaml:17:11: error GK001");
    assertThat(findings(run).get(1))
        .contains("511703-达川区/safety-production.yaml:3:9: info GK303")
        .contains("not checked: its basic catalogue is invalid (see ")
        .contains("basic/safety-production.yaml:17:11)");
    assertThat(run.out()).doesNotContain("has no basic catalogue");
  }

  @Test
  void checkingOnlyTheOverlayReportsTheCauseAndFails(@TempDir Path root) throws Exception {
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("mode: 主动", "mode: 主动公开"));
    Path overlay =
        write(root, "regions/511703-达川区/safety-production.yaml", ChainFixtures.COUNTY_ADDS);

    CliRun run =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", overlay.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("error GK001").contains("info GK303");
  }

  @Test
  void aBadKeyInTheConfigCostsOnlyThatKey(@TempDir Path root) throws Exception {
    write(
        root,
        "gkml.yaml",
        """
        gkml: 1
        kind: config
        channels: [投资项目在线审批监管平台]
        rules: {GK1O9: off, GK108: of}
        """);
    write(
        root,
        "basic/safety-production.yaml",
        TestCatalogs.CATALOG.replace("[政府网站, 两微一端]", "[政府网站, 投资项目在线审批监管平台]"));

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(findings(run))
        .hasSize(2)
        .allMatch(l -> l.contains("gkml.yaml:4:") && l.contains("error GK001"));
    assertThat(run.out()).doesNotContain("GK103");
  }

  @Test
  void anUnreadableParentOverlayGivesItsChildrenNoFalseUnknownTargets(@TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    Path county = root.resolve("regions/511703-达川区/safety-production.yaml");
    Files.createDirectories(county.getParent());
    Files.write(county, ChainFixtures.COUNTY_ADDS.getBytes(Charset.forName("GBK")));
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("GK201 ").doesNotContain("error GK201");
    assertThat(findings(run)).hasSize(2);
    assertThat(findings(run))
        .anySatisfy(l -> assertThat(l).contains("达川区/safety-production.yaml:").contains("GK003"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("三里坪街道/safety-production.yaml:2:1: info GK201")
                    .contains("not checked against its parents"));
  }

  @Test
  void aChildsNotCheckedNotePointsAtTheErrorThatBrokeItsParentNotAnEarlierWarning(
      @TempDir Path root) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    // a suppression without a reason (GK006, a warning on line 1) above a schema error (GK001)
    write(
        root,
        "regions/511703-达川区/safety-production.yaml",
        "# gkml-ignore GK103\n" + ChainFixtures.COUNTY_ADDS.replace("mode: 主动", "mode: 主动公开"));
    write(
        root,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        ChainFixtures.TOWNSHIP_MODIFIES);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");

    String cause =
        findings(run).stream()
            .filter(l -> l.contains("error GK001"))
            .findFirst()
            .orElseThrow()
            .split(": ")[0];
    assertThat(cause).contains("达川区/safety-production.yaml:17:");
    assertThat(findings(run))
        .anySatisfy(l -> assertThat(l).contains(":1:").contains("warning GK006"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("三里坪街道/safety-production.yaml:2:1: info GK201")
                    .contains("(see " + cause + ")"));
  }
}
