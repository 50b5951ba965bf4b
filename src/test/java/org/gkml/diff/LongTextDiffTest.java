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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.gkml.cli.CliRun;
import org.gkml.diff.InlineDiff.Op;
import org.gkml.diff.InlineDiff.Segment;
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
  void veryDifferentLongTextsAreReplacedWhole() {
    String before = random(150_000, 1);
    String after = random(150_000, 2);
    List<Segment> segments = assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(before, after));
    assertRebuilds(segments, before, after);
    assertThat(segments).extracting(Segment::op).doesNotContain(Op.EQUAL);
  }

  @Test
  void aSmallEditInALongTextIsStillShownByCharacter() {
    String text = random(100_000, 3);
    String edited = text.substring(0, 50_000) + "新增" + text.substring(50_001);
    List<Segment> segments = assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(text, edited));
    assertThat(segments)
        .extracting(Segment::op)
        .containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
    assertThat(segments.get(2).text()).isEqualTo("新增");
    assertRebuilds(segments, text, edited);
  }

  @Test
  void longMultiLineTextsFallBackToWholeLines() {
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      String line = random(20, i) + "\n";
      old.append(line);
      // every third line rewritten: too many characters apart for the character diff
      neu.append(i % 3 == 0 ? random(20, -i - 1) + "\n" : line);
    }
    List<Segment> segments =
        assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(old.toString(), neu.toString()));
    assertRebuilds(segments, old.toString(), neu.toString());
    assertThat(segments).allSatisfy(s -> assertThat(s.text()).endsWith("\n"));
    assertThat(segments).filteredOn(s -> s.op() == Op.EQUAL).hasSizeGreaterThan(300);
  }

  @Test
  void theWorstCaseWithinTheBudgetStaysQuick() {
    int half = InlineDiff.CHARACTER_BUDGET / 2;
    String before = random(half, 5);
    String after = random(half, 6);
    List<Segment> segments = assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(before, after));
    assertRebuilds(segments, before, after);
    assertThat(segments).extracting(Segment::op).contains(Op.EQUAL);
  }

  @Test
  void manyLongLinesSharingLongStartsAreComparedByNumber() {
    String start = "甲".repeat(5_000);
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      old.append(start).append(i).append('\n');
      neu.append(start).append(i % 2 == 0 ? i : -i).append('\n');
    }
    List<Segment> segments =
        assertTimeoutPreemptively(QUICK, () -> InlineDiff.of(old.toString(), neu.toString()));
    assertRebuilds(segments, old.toString(), neu.toString());
  }

  /** Small budgets reach every fallback with short texts: each must rebuild both sides. */
  @Property(tries = 400)
  void segmentsRebuildBothTextsWhicheverFallbackIsTaken(
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', '\n', '\uD840', '\uDC00', 'c'})
          String before,
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', '\n', '\uD840', '\uDC00', 'd'})
          String after,
      @ForAll @IntRange(min = 0, max = 40) int characterBudget,
      @ForAll @IntRange(min = 0, max = 8) int lineBudget) {
    List<Segment> segments = InlineDiff.of(before, after, characterBudget, lineBudget);
    assertRebuilds(segments, before, after);
    for (int i = 1; i < segments.size(); i++) {
      assertThat(segments.get(i).op()).isNotEqualTo(segments.get(i - 1).op());
    }
  }

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

  private static void assertRebuilds(List<Segment> segments, String before, String after) {
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (Segment s : segments) {
      assertThat(s.text()).isNotEmpty();
      if (s.op() != Op.INSERT) {
        old.append(s.text());
      }
      if (s.op() != Op.DELETE) {
        neu.append(s.text());
      }
    }
    assertThat(old.toString()).isEqualTo(before);
    assertThat(neu.toString()).isEqualTo(after);
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
