package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review (names 3): a tier, region or domain written in traditional characters (縣級, 達川區, 財政預決算), in
 * English where the Chinese word is wanted (county) or by the name tables give a tier (镇级, 街道级, 区级)
 * got the allowed words only: no suggestion, in files or on the command line.
 */
class OtherScriptsAndSynonymsAreSuggestedTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"镇级,乡级", "街道级,乡级", "縣級,县级", "区级,县级", "社区级,村级"})
  void aTierOptionByAnotherNameSuggestsTheTierMeant(String given, String meant) {
    CliRun run =
        CliRun.of(
            "merge", "--root", "catalogs", "--lang", "zh", "--region", "511703", "--tier", given);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("“" + given + "”不是公开层级").contains("；是否应为“" + meant + "”？");
  }

  @Test
  void aTierGkmlLacksOrSeveralTiersSuggestNothing() {
    for (String given : new String[] {"市级", "乡、村级", "xian"}) {
      CliRun run =
          CliRun.of(
              "merge", "--root", "catalogs", "--lang", "zh", "--region", "511703", "--tier", given);

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).as(given).doesNotContain("是否应为");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "縣級,县级,是否应为“县级”？",
    "镇级,乡级,是否应为“乡级”？",
    "county,县级,值用中文，应为“县级”",
    "village,村级,值用中文，应为“村级”"
  })
  void aTierInAFileByAnotherNameSuggestsTheTierMeant(String given, String meant, String hint)
      throws Exception {
    Path root = tmp.resolve("t");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"),
        TestCatalogs.CATALOG.replace("[县级, 乡级]", "[县级, " + given + "]"),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");

    assertThat(run.code()).isEqualTo(1);
    // an English tier name is told the values are Chinese, as active for 主动 and public for 全社会
    assertThat(run.out()).contains("“" + given + "”不是允许的值，只能是：县级、乡级、村级；" + hint).contains(meant);
  }

  @Test
  void aRegionNameInTraditionalCharactersIsAnsweredWithItsCode() {
    CliRun run = CliRun.of("merge", "--root", "catalogs", "--lang", "zh", "--region", "達川區");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("请写代码“511703”");
  }

  @Test
  void aDomainInTraditionalCharactersSuggestsItsName() throws Exception {
    Path root = tmp.resolve("t");
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/budget-final-accounts.yaml"),
        TestCatalogs.CATALOG
            .replace("domain: 安全生产", "domain: 财政预决算")
            .replace("title: 安全生产", "title: 财政预决算")
            .replace("AQSC-", "CZYJS-"),
        StandardCharsets.UTF_8);
    Files.writeString(root.resolve("regions.csv"), "code,name\n511703,达川区\n");

    CliRun run =
        CliRun.of(
            "merge",
            "--root",
            root.toString(),
            "--lang",
            "zh",
            "--region",
            "511703",
            "--domain",
            "財政預決算");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("未知的领域“財政預決算”；是否应为“财政预决算”？");
  }
}
