package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff OLD NEW --region CODE}: an inherited item the township's overlay removed is told as
 * that removal — its 删除理由 in the 修订对照表's 修改后 cell, the item's flags in the words of the other cells
 * (可选事项：是, not true), and the text view naming the township's overlay, the file that changed, not
 * the basic catalogue that still defines the item.
 */
class RegionViewRemovalTest {
  private static final String TOWNSHIP = "511703102";
  private static final String OVERLAY =
      "regions/511703-达川区/511703102-石桥镇/rural-dilapidated-housing.yaml";
  private static final String REASON = "本镇危房等级评定由区住建局统一公开";

  @TempDir Path tmp;
  private Path old;
  private Path neu;

  @BeforeEach
  void trees() throws IOException {
    old = TestCatalogs.copyOfShipped(tmp.resolve("old"));
    neu = TestCatalogs.copyOfShipped(tmp.resolve("new"));
    Files.writeString(
        neu.resolve(OVERLAY),
        "remove:\n  - id: WFGZ-003\n    reason: " + REASON + "\n",
        StandardOpenOption.APPEND);
  }

  @Test
  void theTextViewNamesTheTownshipsOverlayAndTheReason() {
    CliRun zh =
        CliRun.of("diff", old.toString(), neu.toString(), "--region", TOWNSHIP, "--lang", "zh");

    assertThat(zh.code()).isEqualTo(1); // a removal is breaking
    assertThat(zh.out())
        .contains("农村危房改造 · 511703102  " + neu.resolve(OVERLAY))
        .contains("WFGZ-003 删除事项")
        .contains("删除理由：" + REASON)
        .doesNotContain("basic/rural-dilapidated-housing.yaml");

    CliRun en =
        CliRun.of("diff", old.toString(), neu.toString(), "--region", TOWNSHIP, "--lang", "en");
    assertThat(en.out()).contains("reason for removal: " + REASON);
  }

  @Test
  void theRevisionTableShowsTheReasonAndTheItemInChineseWords() throws IOException {
    Path xlsx = tmp.resolve("修订对照表.xlsx");
    CliRun r =
        CliRun.of(
            "diff",
            old.toString(),
            neu.toString(),
            "--region",
            TOWNSHIP,
            "--format",
            "xlsx",
            "-o",
            xlsx.toString(),
            "--lang",
            "zh");
    assertThat(r.code()).as(r.err()).isEqualTo(1);

    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("农村危房改造");
      Row row = sheet.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("WFGZ-003");
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("删除事项");
      assertThat(row.getCell(4).getStringCellValue()).contains("可选事项：是").doesNotContain("true");
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("删除理由：" + REASON);
    }
  }
}
