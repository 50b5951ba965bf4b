package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.gkml.export.SheetNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, class 6: a limit of one output is a validation rule, so validate, export and build
 * agree before anything is written (GK110, Excel's 32,767 characters a cell); and what Excel only
 * constrains in sheet names (31 characters, {@code []:*?/\}, the reserved {@code History}) is
 * handled in one place so such a domain still exports.
 */
class OutputLimitTest {
  @TempDir Path tmp;

  private Path tree() throws IOException {
    Path root = tmp.resolve("tree");
    TestCatalogs.copy(Path.of("catalogs"), root);
    return root;
  }

  @Test
  void aContentOverTheCellLimitIsAnErrorForEveryCommandAlike() throws IOException {
    Path root = tree();
    Path file = root.resolve("basic/employment.yaml");
    String text = Files.readString(file);
    String longContent = "要素".repeat(16_400); // 32,800 characters
    Files.writeString(
        file,
        text.replaceFirst(
            "content: 就业创业政策项目[^\\n]*",
            java.util.regex.Matcher.quoteReplacement("content: " + longContent)));
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).contains("employment.yaml:").contains("GK110").contains("32,800");
    for (String[] args :
        List.of(
            new String[] {"export", "xlsx", "-o"},
            new String[] {"export", "xlsx", "--region", "511703102201", "-o"},
            new String[] {"export", "html", "-o"},
            new String[] {"merge", "--region", "511703", "-o"},
            new String[] {"build", "-o"})) {
      List<String> full = new ArrayList<>(List.of(args));
      Path out = tmp.resolve("out" + full.size());
      full.add(out.toString());
      full.addAll(List.of("--root", root.toString()));
      CliRun run = CliRun.of(full.toArray(String[]::new));
      assertThat(run.code()).as(String.join(" ", args) + run.err()).isEqualTo(1);
      assertThat(run.err()).contains("GK110").doesNotContain("internal error");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void listsAreMeasuredAsTheirCellHoldsThem() throws IOException {
    Path root = tree();
    Path file = root.resolve("basic/employment.yaml");
    StringBuilder basis = new StringBuilder("basis:\n");
    for (int i = 0; i < 1400; i++) {
      basis.append("      - 《某某条例第").append(i).append("号修订文本全文标题很长很长很长很长很长》\n");
    }
    String text = Files.readString(file);
    int at = text.indexOf("basis:");
    int end = text.indexOf("    deadline:", at);
    Files.writeString(file, text.substring(0, at) + basis + text.substring(end));
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.code()).as(validate.out()).isEqualTo(1);
    assertThat(validate.out()).contains("GK110").contains("basis");
  }

  @Test
  void aLongModifyInAnOverlayIsFoundInTheOverlay() throws IOException {
    Path root = tree();
    Path overlay = root.resolve("regions/511703-达川区/safety-production.yaml");
    String text = Files.readString(overlay);
    assertThat(text).contains("modify:");
    String modify = "modify:\n  - id: AQSC-001\n    content: " + "处".repeat(CELL + 1) + "\n";
    Files.writeString(overlay, text.replaceFirst("modify:\\n", modify));
    CliRun validate = CliRun.of("validate", "--root", root.toString());
    assertThat(validate.out()).contains("safety-production.yaml:").contains("GK110");
  }

  @Test
  void domainsExcelCannotNameAsTheyAreStillExport() throws IOException {
    Path root = tree();
    String longName = "重大[建设]项目:批准*结果?公开/目录\\历年汇总及其附件清单和说明";
    List<String> domains = List.of("History", longName, "history");
    for (int i = 0; i < domains.size(); i++) {
      String quoted = "\"" + domains.get(i).replace("\\", "\\\\") + "\"";
      String yaml =
          TestCatalogs.CATALOG
              .replace("domain: 安全生产", "domain: " + quoted)
              .replace("AQSC-001", "X" + i + "-001");
      Files.writeString(root.resolve("basic/x" + i + ".yaml"), yaml);
    }
    assertThat(CliRun.of("validate", "--root", root.toString()).code()).isZero();
    Path out = tmp.resolve("basic.xlsx");
    CliRun run = CliRun.of("export", "xlsx", "--root", root.toString(), "-q", "-o", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.forEach(s -> names.add(s.getSheetName()));
    }
    assertThat(names)
        .contains("History_", "history_(2)", WorkbookUtil.createSafeSheetName(longName, '_'));
    assertThat(names).noneMatch(n -> n.equalsIgnoreCase("History"));
    assertThat(names).allMatch(n -> n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*"));
    assertThat(names.stream().map(String::toLowerCase).distinct()).hasSize(names.size());
    assertThat(
            CliRun.of(
                    "build", "--root", root.toString(), "-q", "-o", tmp.resolve("site").toString())
                .code())
        .isZero();
  }

  @Test
  void aDiffWorkbookRefusesAValueTooLongForACellInOneLine() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.yaml"), TestCatalogs.CATALOG);
    Path b =
        Files.writeString(
            tmp.resolve("b.yaml"),
            TestCatalogs.CATALOG.replace("处罚依据、处罚结果", "处".repeat(CELL + 10)));
    Path out = tmp.resolve("diff.xlsx");
    CliRun run =
        CliRun.of("diff", a.toString(), b.toString(), "--format", "xlsx", "-o", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("32,767").doesNotContain("internal error");
    assertThat(out).doesNotExist();
  }

  @Test
  void sheetNamesAreValidAndUniqueInOnePlace() {
    SheetNames names = new SheetNames("目录");
    assertThat(names.add("History")).isEqualTo("History_");
    assertThat(names.add("HISTORY")).isEqualTo("HISTORY_(2)");
    assertThat(names.add("目录")).isEqualTo("目录(2)");
    String a = names.add("a".repeat(40));
    String b = names.add("a".repeat(40));
    assertThat(a).hasSize(31);
    assertThat(b).hasSize(31).isNotEqualTo(a).endsWith("(2)");
    assertThat(names.add("a/b[c]")).isEqualTo("a_b_c_");
    for (String n : List.of(a, b)) {
      WorkbookUtil.validateSheetName(n);
    }
  }

  private static final int CELL = 32_767;
}
