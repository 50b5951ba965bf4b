package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gkml's own Word document ({@code export docx}) opens with a list of domains (序号 / 领域 / 事项数 …):
 * imported back, that table is known for what it is and passed over without a word, as the
 * workbook's 目录 sheet is, not warned of as a table without a catalogue: {@code --strict} accepts a
 * file gkml wrote.
 */
class OwnWordDocumentImportsBackTest {
  private static final String TOWNSHIP = "511703102";

  @TempDir Path tmp;
  private Path root;

  @BeforeEach
  void tree() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp.resolve("tree"));
  }

  private Path export(String... region) {
    Path docx = tmp.resolve("own.docx");
    String[] args = {"export", "docx", "--root", root.toString(), "-o", docx.toString()};
    if (region.length > 0) {
      args =
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(args), java.util.stream.Stream.of("--region", region[0]))
              .toArray(String[]::new);
    }
    CliRun r = CliRun.of(args);
    assertThat(r.code()).as(r.err()).isZero();
    return docx;
  }

  @Test
  void aRegionsDocumentImportsBackUnderStrictWithoutAWordOnItsListOfDomains() {
    Path docx = export(TOWNSHIP);

    CliRun r =
        CliRun.of(
            "import",
            docx.toString(),
            "--root",
            root.toString(),
            "--region",
            TOWNSHIP,
            "--strict",
            "-o",
            tmp.resolve("out").toString(),
            "--lang",
            "zh");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .doesNotContain("未找到目录表格")
        .doesNotContain("第 1 个表格")
        .doesNotContain("table 1")
        .doesNotContain("warning")
        .contains("1 个个性目录，新增 1 个事项，修改 1 个");
  }

  @Test
  void theBasicDocumentImportsUnderStrictWithoutAWordOnItsListOfDomains() {
    Path docx = export();

    CliRun r =
        CliRun.of(
            "import",
            docx.toString(),
            "--root",
            root.toString(),
            "--strict",
            "-o",
            tmp.resolve("out").toString(),
            "--lang",
            "en");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("table 1").contains("0 errors, 0 warnings");
    assertThat(r.err()).doesNotContain(" info");
  }
}
