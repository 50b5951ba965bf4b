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
 * Regression (GK009 wording and reach, docs/rules.md GK009): the note says whether the file a
 * dependent needs cannot be read or is invalid; below a parent overlay that cannot be used only the
 * overlays whose check against their parents finds fault get the note, the others pass quietly.
 */
class NotCheckedNoteTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String COUNTY = "regions/511703-达川区/safety-production.yaml";
  private static final String TOWNSHIP =
      "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml";

  /** 金垭镇 modifies an item of the basic catalogue: nothing it needs comes from its county. */
  private static final String OTHER_TOWNSHIP =
      "regions/511703-达川区/511703002-金垭镇/safety-production.yaml";

  private static final String MODIFIES_BASIC =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703002", name: 金垭镇}
      version: "2025.1"
      modify:
        - id: AQSC-001
          owner: 金垭镇人民政府
      """;

  private static void write(Path root, String file, byte[] bytes) throws Exception {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private static void write(Path root, String file, String text) throws Exception {
    write(root, file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> notes(Path root, String lang) {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", lang);
    return run.out().lines().filter(l -> l.contains(" GK009")).toList();
  }

  @Test
  void anUnreadableBasicCatalogueIsSaidToBeUnreadableNotInvalid(@TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG.getBytes(GBK));
    write(root, COUNTY, ChainFixtures.COUNTY_ADDS);

    assertThat(notes(root, "en"))
        .singleElement()
        .asString()
        .contains("not checked: its basic catalogue cannot be read (see ")
        .doesNotContain("invalid");
    assertThat(notes(root, "zh")).singleElement().asString().contains("其基础目录无法读取（见 ");
  }

  @Test
  void anUnreadableParentIsSaidToBeUnreadableAndOnlyItsDependentsGetTheNote(@TempDir Path root)
      throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(root, COUNTY, ChainFixtures.COUNTY_ADDS.getBytes(GBK));
    write(root, TOWNSHIP, ChainFixtures.TOWNSHIP_MODIFIES);
    write(root, OTHER_TOWNSHIP, MODIFIES_BASIC);

    assertThat(notes(root, "en"))
        .singleElement()
        .asString()
        .contains("三里坪街道/safety-production.yaml")
        .contains("a parent overlay of this domain cannot be read (see ");
    assertThat(notes(root, "zh")).singleElement().asString().contains("本领域的一个上级个性目录无法读取（见 ");
  }

  @Test
  void aParentBreakingTheSchemaIsSaidToBeInvalid(@TempDir Path root) throws Exception {
    write(root, "basic/safety-production.yaml", TestCatalogs.CATALOG);
    write(root, COUNTY, ChainFixtures.COUNTY_ADDS.replace("mode: 主动", "mode: 主动公开"));
    write(root, TOWNSHIP, ChainFixtures.TOWNSHIP_MODIFIES);

    assertThat(notes(root, "en"))
        .singleElement()
        .asString()
        .contains("a parent overlay of this domain is invalid (see ");
    assertThat(notes(root, "zh")).singleElement().asString().contains("上级个性目录有误（见 ");
  }
}
