package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 5 of issue 11 (quadratic work on long text): the inline diff of long, very different texts
 * is bounded by a budget, then falls back to lines, then to whole replacement, as git gives up on
 * long lines; every report format of such a diff ends quickly and leaves no temporary file.
 */
class LongTextDiffTest {
  /** Generous for a loaded shared machine; the unbounded diff took 46 s at 40,000 characters. */
  private static final Duration QUICK = Duration.ofSeconds(10);

  @Test
  void everyFormatOfALongDiffEndsQuicklyAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path old = dir.resolve("old.yaml");
    Path neu = dir.resolve("new.yaml");
    Files.writeString(old, catalogue(random(30_000, 7)), StandardCharsets.UTF_8);
    Files.writeString(neu, catalogue(random(30_000, 8)), StandardCharsets.UTF_8);
    for (String format : List.of("text", "markdown", "html", "json", "xlsx")) {
      Path report = dir.resolve("report." + format);
      CliRun run =
          assertTimeoutPreemptively(
              QUICK,
              () ->
                  CliRun.of(
                      "diff",
                      old.toString(),
                      neu.toString(),
                      "--format",
                      format,
                      "-o",
                      report.toString()));
      assertThat(run.err()).as(format).isEmpty();
      assertThat(run.code()).as(format).isEqualTo(0);
      assertThat(report).isNotEmptyFile();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(name -> !name.startsWith(".") && !name.endsWith(".tmp"));
    }
  }

  @Test
  void aValueNoExcelCellHoldsIsOneClearLineAndNoFile(@TempDir Path dir) throws IOException {
    Path old = dir.resolve("old.yaml");
    Path neu = dir.resolve("new.yaml");
    Files.writeString(old, catalogue(random(40_000, 9)), StandardCharsets.UTF_8);
    Files.writeString(neu, catalogue(random(40_000, 10)), StandardCharsets.UTF_8);
    Path report = dir.resolve("diff.xlsx");
    CliRun run =
        assertTimeoutPreemptively(
            QUICK,
            () ->
                CliRun.of(
                    "diff",
                    old.toString(),
                    neu.toString(),
                    "--format",
                    "xlsx",
                    "-o",
                    report.toString()));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("gkml: ")
        .contains("40,000")
        .doesNotContain("internal error");
    assertThat(report).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("old.yaml", "new.yaml");
    }
  }

  private static String catalogue(String content) {
    return """
        gkml: 1
        kind: catalog
        domain: 安全生产
        title: 安全生产领域基层政务公开标准目录
        version: "2025.1"
        issuer: 示例省人民政府办公厅
        effective: 2025-03-01
        items:
          - id: T-001
            level1: 行政执法
            level2: 行政处罚
            content: %s
            basis: [《中华人民共和国政府信息公开条例》]
            deadline: 信息形成或者变更之日起20个工作日内
            owner: 县级应急管理部门
            channels: [政府网站]
            audience: 全社会
            mode: 主动
            tiers: [县级]
        """
        .formatted(content);
  }

  /** Text over a small alphabet of CJK characters: long runs of chance matches, as in real text. */
  static String random(int length, long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('一' + r.nextInt(40)));
    }
    return s.toString();
  }
}
