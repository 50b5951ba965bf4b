package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters no reader sees beyond zero-width characters, no-break spaces and bidi controls: DEL,
 * the Arabic letter mark U+061C, U+180E, the fillers U+3164 and U+115F, the combining grapheme
 * joiner U+034F and the tag U+E0001 (outside the BMP). {@code gkml fmt} used to write their escapes
 * out as the raw characters (a raw DEL makes PyYAML refuse the file) and GK107 did not see them.
 */
class HiddenCharactersTest {
  private static final List<String> ESCAPES =
      List.of("\\u007f", "\\u061C", "\\u180E", "\\u3164", "\\u115F", "\\u034F", "\\U000E0001");

  @Test
  void fmtKeepsTheirEscapesAndValidateReportsEachAsGk107(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < ESCAPES.size(); i++) {
      items.append(
          TestCatalogs.CATALOG
              .substring(TestCatalogs.CATALOG.indexOf("  - id:"))
              .replace("AQSC-001", "AQSC-00" + (i + 1))
              .replace("level2: 行政处罚", "level2: 行政处罚" + (i + 1))
              .replace("owner: 县级应急管理部门", "owner: \"县级应急" + ESCAPES.get(i) + "管理部门\""));
    }
    String text =
        TestCatalogs.CATALOG.substring(0, TestCatalogs.CATALOG.indexOf("  - id:")) + items;
    Files.writeString(file, text, StandardCharsets.UTF_8);

    CliRun fmt = CliRun.of("fmt", "--root", root.toString(), "--lang", "en");
    CliRun validate =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");

    assertThat(fmt.code()).as(fmt.err()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(validate.code()).as(validate.out()).isZero();
    List<String> gk107 = validate.out().lines().filter(l -> l.contains("info GK107")).toList();
    assertThat(gk107).hasSize(ESCAPES.size());
    for (String code : List.of("U+007F", "U+061C", "U+180E", "U+3164", "U+115F", "U+034F")) {
      assertThat(gk107).anySatisfy(l -> assertThat(l).contains("invisible character " + code));
    }
    assertThat(gk107)
        .anySatisfy(
            l -> assertThat(l).endsWith("invisible character U+E0001 in owner of item AQSC-007"));
  }

  @Test
  void writtenAsTheRawCharactersTheyAreReportedToo(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("basic")).resolve("safety-production.yaml");
    // YAML allows U+3164 and the tag U+E0001 as they are: nothing in the file shows them
    Files.writeString(
        file,
        TestCatalogs.CATALOG
            .replace("owner: 县级应急管理部门", "owner: 县级应急\u3164管理部门")
            .replace("audience: 全社会", "audience: 全\uDB40\uDC01社会"),
        StandardCharsets.UTF_8);

    CliRun validate =
        CliRun.of("validate", "--root", root.toString(), "--lang", "en", "--no-cache");

    assertThat(validate.out())
        .contains("invisible character U+3164 in owner of item AQSC-001")
        // a value that is an allowed word but for the character: one finding, the character shown
        .contains(
            "audience of item AQSC-001: \"全\\uE0001社会\" differs from \"全社会\" only by invisible"
                + " characters (U+E0001)")
        .doesNotContain("U+E0001 in audience");
  }
}
