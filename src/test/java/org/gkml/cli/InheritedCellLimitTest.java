package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GK110 on the resolved chain: an overlay's {@code basis: {add: […]}} whose entries fit, added to a
 * basic item's basis that fits, makes a cell Excel cannot hold. Each file passed the per-file
 * check, so validate passed and export xlsx and build failed while writing; now validate says so at
 * the overlay's line, and export refuses before writing.
 */
class InheritedCellLimitTest {
  private static final String BASIC = "basic/safety-production.yaml";
  private static final String OVERLAY = "regions/511703-达川区/safety-production.yaml";

  @TempDir Path dir;

  /** {@code n} basis entries of about {@code chars} characters each, as flow-list text. */
  private static String entries(String word, int n, int chars) {
    return IntStream.range(0, n)
        .mapToObj(i -> "《" + word + i + word.repeat(chars) + "》")
        .collect(Collectors.joining(", "));
  }

  private Path tree(int basicEach, int addedEach) throws IOException {
    Path root = TestCatalogs.copyOfShipped(dir.resolve("tree"));
    TestCatalogs.replaceIn(
        root.resolve(BASIC),
        "    basis:\n      - 《中华人民共和国政府信息公开条例》\n      - 《关于推进安全生产领域改革发展的意见》\n"
            + "    deadline: 信息形成或变更之日起20个工作日内\n    owner: 县级应急管理部门\n"
            + "    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n    tiers: [县级]",
        "    basis: ["
            + entries("法", 3, basicEach)
            + "]\n"
            + "    deadline: 信息形成或变更之日起20个工作日内\n    owner: 县级应急管理部门\n"
            + "    channels: [政府网站]\n    audience: 全社会\n    mode: 主动\n    tiers: [县级]");
    TestCatalogs.replaceIn(
        root.resolve(OVERLAY),
        "  - id: AQSC-005\n",
        "  - id: AQSC-005\n    basis: {add: [" + entries("规", 3, addedEach) + "]}\n");
    return root;
  }

  private static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void aBasisThatOnlyTheMergeMakesTooLongIsReportedAtTheOverlay() throws IOException {
    Path root = tree(7000, 7000);
    int line = lineOf(root.resolve(OVERLAY), "basis: {add:");

    CliRun en = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(en.code()).as(en.out() + en.err()).isEqualTo(1);
    assertThat(en.out())
        .contains(
            OVERLAY
                + ":"
                + line
                + ":5: error GK110: basis with what it inherits is 42,029 characters long;"
                + " where the official table prints it, at most 32,767 fit");
    assertThat(en.out().lines().filter(l -> l.contains("GK110"))).hasSize(1);
    CliRun zh = CliRun.of("validate", "--root", root.toString(), "--lang", "zh");
    assertThat(zh.out()).contains("basis（连同继承的内容）长 42,029 个字符");

    CliRun export =
        CliRun.of(
            "export",
            "xlsx",
            "--root",
            root.toString(),
            "--region",
            "511703",
            "-o",
            dir.resolve("out.xlsx").toString(),
            "--lang",
            "en");
    assertThat(export.code()).isEqualTo(1);
    assertThat(export.out() + export.err()).contains("GK110").doesNotContain("Error generating");
    assertThat(dir.resolve("out.xlsx")).doesNotExist();
  }

  @Test
  void anAddedListTooLongByItselfIsReportedOnceAsTheFilesOwn() throws IOException {
    Path root = tree(10, 12_000);
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.contains("GK110")).toList())
        .singleElement()
        .asString()
        .contains("error GK110: basis is 36,")
        .doesNotContain("inherits");
  }

  @Test
  void aMergedBasisThatFitsIsNoFinding() throws IOException {
    Path root = tree(5000, 5000); // some 30,000 characters together
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(run.out()).doesNotContain("GK110");
    assertThat(run.code()).as(run.out()).isZero();
  }
}
