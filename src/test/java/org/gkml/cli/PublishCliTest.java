package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.TestCatalogs;
import org.gkml.export.HtmlDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml build} and {@code gkml export html}, run in-process. */
class PublishCliTest {
  @TempDir Path tmp;

  @Test
  void buildPublishesTheShippedTreeAndSaysWhereToOpenIt() throws Exception {
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("build", "--lang", "en", "-o", out.toString(), "--jobs", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("basic/index.html")).isRegularFile();
    assertThat(out.resolve("build-report.json")).isRegularFile();
    assertThat(r.out()).contains("Open " + out.toAbsolutePath().resolve("index.html"));
    assertThat(r.out()).contains("file:");
    assertThat(r.out()).contains("Published 5 regions (1 county, 2 townships, 2 villages)");
    Path county = out.resolve("511703-达川区");
    assertThat(county.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("511703102201-金花村/index.html")).isRegularFile();
    // the YAML is gkml merge's output: it reads back as a valid catalogue tree of its own
    Path yaml = county.resolve("catalog.yaml");
    assertThat(yaml).content().contains("kind: catalog", "region: {code: '511703'", "provenance");
    CliRun merged = CliRun.of("merge", "--region", "511703");
    assertThat(yaml).hasContent(merged.out());
    assertThat(out.resolve("basic/catalog.yaml")).content().doesNotContain("\nregion:");
    // the workbook of gkml export xlsx: a 目录 sheet, one sheet per domain, a hidden one of ids
    for (Path folder : List.of(county, out.resolve("basic"))) {
      try (XSSFWorkbook book = new XSSFWorkbook(folder.resolve("catalog.xlsx").toFile())) {
        assertThat(book.getNumberOfSheets()).isEqualTo(1 + 8 + 1);
      }
    }
    assertThat(county.resolve("index.html"))
        .content()
        .contains("href=\"catalog.xlsx\"", "href=\"catalog.yaml\"");
    assertThat(r.out()).contains("index.html, catalog.xlsx, catalog.docx, catalog.yaml each");
    // the Word document of gkml export docx beside the workbook, linked from the page
    try (var doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            java.nio.file.Files.newInputStream(county.resolve("catalog.docx")))) {
      assertThat(doc.getTables()).hasSizeGreaterThan(1);
    }
    assertThat(county.resolve("index.html")).content().contains("href=\"catalog.docx\"");
  }

  @Test
  void buildSpeaksChinese() {
    CliRun r = CliRun.of("build", "--lang", "zh", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("用浏览器打开");
  }

  @Test
  void quietBuildPrintsNothing() {
    CliRun r = CliRun.of("build", "-q", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anErrorStopsTheBuildBeforeAnythingIsWritten() throws IOException {
    Path root = copyOfShippedTree();
    Path file = root.resolve("basic/employment.yaml");
    TestCatalogs.replaceIn(file, "JYCY-002", "JYCY-001");
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("build", "--lang", "en", "--root", root.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error GK101").contains("build stopped");
    assertThat(out).doesNotExist();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("root");
    }
  }

  @Test
  void badJobsAndForeignOutputAreUsageErrors() throws IOException {
    CliRun r =
        CliRun.of("build", "--lang", "en", "--jobs", "0", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs must be at least 1");
    Path mine = Files.createDirectory(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep");
    r = CliRun.of("build", "--lang", "en", "-o", mine.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("will not replace").doesNotContain("Exception");
    assertThat(mine.resolve("notes.txt")).hasContent("keep");
    r = CliRun.of("build", "--lang", "en", "--root", tmp.resolve("none").toString());
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void exportHtmlWritesTheBasicPageToStdoutOrAFile() throws IOException {
    CliRun r = CliRun.of("export", "html");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("AQSC-001");
    Path file = tmp.resolve("page.html");
    r = CliRun.of("export", "html", "--tier", "村级", "-o", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    HtmlDom dom = HtmlDom.parse(Files.readString(file));
    assertThat(dom.byId("JYCY-001")).isNotNull(); // 村级
    assertThat(dom.byId("AQSC-001")).isNull(); // 县级 only
    r = CliRun.of("export", "html", "--tier", "village", "-o", file.toString());
    assertThat(r.code()).isZero();
  }

  @Test
  void aDashAsTheOutputMeansStdoutForEveryTextOutputAndNoFileIsNamedDash() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    for (String[] args :
        new String[][] {
          {"export", "html", "-o", "-"},
          {"merge", "--region", "511703", "-o", "-"},
          {"report", "-o", "-"},
          {
            "diff",
            TestCatalogs.SHIPPED.resolve("basic").toString(),
            TestCatalogs.SHIPPED.resolve("basic").toString(),
            "--format",
            "json",
            "-o",
            "-"
          }
        }) {
      CliRun r = CliRun.of(args);
      assertThat(r.code()).as(String.join(" ", args) + r.err()).isLessThanOrEqualTo(1);
      assertThat(r.out()).as(String.join(" ", args)).isNotBlank().doesNotContain("wrote");
      assertThat(cwd.resolve("-")).as(String.join(" ", args)).doesNotExist();
    }
  }

  @Test
  void aDashNeverNamesAFileOrFolder(@TempDir Path cwdFree) throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    Path basic = TestCatalogs.SHIPPED.resolve("basic/safety-production.yaml");
    Path xlsx = cwdFree.resolve("basic.xlsx");
    assertThat(CliRun.of("export", "xlsx", "-o", xlsx.toString()).code()).isZero();

    CliRun imported = CliRun.of("import", xlsx.toString(), "-o", "-", "--lang", "en");
    CliRun build = CliRun.of("build", "-o", "-", "--lang", "en");
    CliRun baseline = CliRun.of("validate", "--write-baseline", "-", "--lang", "en");

    assertThat(imported.code()).as(imported.err()).isLessThanOrEqualTo(1);
    assertThat(imported.out()).contains("kind: catalog").contains("AQSC-001");
    assertThat(build.code()).isEqualTo(2);
    assertThat(build.err()).contains("build writes a folder of files");
    assertThat(baseline.code()).isEqualTo(2);
    assertThat(baseline.err()).contains("--write-baseline writes a file");
    assertThat(cwd.resolve("-")).doesNotExist();
    assertThat(basic).exists();
  }

  @Test
  void mergeReportAndDiffToAFileSayWhatTheyWrote() throws IOException {
    Path merged = tmp.resolve("merged.yaml");
    Path report = tmp.resolve("report.html");
    Path diff = tmp.resolve("diff.md");
    String basic = TestCatalogs.SHIPPED.resolve("basic").toString();
    CliRun m = CliRun.of("merge", "--lang", "en", "--region", "511703", "-o", merged.toString());
    CliRun r = CliRun.of("report", "--lang", "zh", "--format", "html", "-o", report.toString());
    CliRun d =
        CliRun.of(
            "diff", "--lang", "en", basic, basic, "--format", "markdown", "-o", diff.toString());

    assertThat(m.out().strip()).isEqualTo("wrote " + merged);
    assertThat(r.out().strip()).isEqualTo("已写入 " + report);
    assertThat(d.out().strip()).isEqualTo("wrote " + diff);
    assertThat(merged).isNotEmptyFile();
    assertThat(report).isNotEmptyFile();
    assertThat(diff).isNotEmptyFile();
  }

  @Test
  void exportHtmlToAFileSaysWhatItWroteAsTheOtherExportsDo() throws IOException {
    Path file = tmp.resolve("page.html");
    CliRun r = CliRun.of("export", "html", "--lang", "en", "-o", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    int domains = HtmlDom.parse(Files.readString(file)).all("h2").size();
    assertThat(r.out().strip()).matches("wrote .*page\\.html: " + domains + " domains, \\d+ items");
    r = CliRun.of("export", "html", "--lang", "en", "-q", "-o", file.toString());
    assertThat(r.out()).isEmpty();
    r = CliRun.of("export", "html", "--lang", "en");
    assertThat(r.out()).startsWith("<!DOCTYPE html>").doesNotContain("wrote ");
  }

  @Test
  void exportHtmlOfARegionMarksItsCustomItems() throws IOException {
    Path file = tmp.resolve("county.html");
    CliRun r = CliRun.of("export", "html", "--region", "511703", "-o", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    HtmlDom dom = HtmlDom.parse(Files.readString(file));
    assertThat(dom.byId("511703-AQSC-001").hasAttribute("data-custom")).isTrue();
    assertThat(dom.byId("AQSC-005").hasAttribute("data-custom")).isFalse();
    assertThat(dom.byId("AQSC-003")).isNull(); // removed by 达川区
    assertThat(dom.all("h1").get(0).getTextContent()).contains("达川区");
    r = CliRun.of("export", "html", "--region", "511703", "--tier", "村级");
    assertThat(r.code()).as(r.err()).isZero();
    dom = HtmlDom.parse(r.out());
    assertThat(dom.byId("511703-AQSC-001")).isNull(); // 县级 only
    assertThat(dom.byId("JYCY-001")).isNotNull();
  }

  @Test
  void exportHtmlRejectsBadInput() {
    CliRun r = CliRun.of("export", "html", "--lang", "en", "--tier", "省级");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a tier");
    r = CliRun.of("export", "html", "--lang", "en", "--region", "999999");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown region \"999999\"");
    r = CliRun.of("export", "html", "--lang", "en", "--region", "abc");
    assertThat(r.code()).isEqualTo(2);
    r = CliRun.of("export");
    assertThat(r.code()).isEqualTo(2);
    r = CliRun.of("export", "html", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--region", "--tier");
  }

  @Test
  void exportHtmlStopsOnAnInvalidBasicCatalogue() throws IOException {
    Path root = copyOfShippedTree();
    Path file = root.resolve("basic/employment.yaml");
    TestCatalogs.replaceIn(file, "JYCY-002", "JYCY-001");
    CliRun r = CliRun.of("export", "html", "--lang", "en", "--root", root.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("GK101");
  }

  private Path copyOfShippedTree() throws IOException {
    Path root = tmp.resolve("root");
    TestCatalogs.copy(TestCatalogs.SHIPPED, root);
    return root;
  }
}
