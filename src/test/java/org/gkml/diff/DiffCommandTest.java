package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml diff} run in-process: exit codes, formats, and one clear line for bad input. */
class DiffCommandTest {
  static final Path FIELDS = DiffGoldenTest.CASES.resolve("item-fields");
  static final String OLD = FIELDS.resolve("old.yaml").toString();
  static final String NEW = FIELDS.resolve("new.yaml").toString();
  static final Path TREE = DiffGoldenTest.CASES.resolve("tree-impact");

  @Test
  void breakingChangesFailByDefault() {
    CliRun run = CliRun.of("diff", OLD, NEW);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("--- " + OLD)
        .contains("~ T-001 deadline (公开时限)  [breaking]")
        .contains("[-旧-]{+新+}备注")
        .endsWith("5 breaking, 14 changed, 5 additive\n");
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertThat(CliRun.of("diff", OLD, NEW, "--fail-on", "none").code()).isZero();
    assertThat(CliRun.of("diff", OLD, NEW, "--fail-on", "any").code()).isEqualTo(1);
    Path additive = DiffGoldenTest.CASES.resolve("domains-added-removed");
    // only additions and changes: not breaking, but something
    String renames = DiffGoldenTest.CASES.resolve("renames/new.yaml").toString();
    assertThat(CliRun.of("diff", renames, renames, "--fail-on", "any").code()).isZero();
    assertThat(additive).exists();
  }

  @Test
  void additionsAloneDoNotBreak(@TempDir Path dir) throws IOException {
    Path old = dir.resolve("old.yaml");
    Path neu = dir.resolve("new.yaml");
    String text = Files.readString(FIELDS.resolve("old.yaml"), StandardCharsets.UTF_8);
    Files.writeString(old, text, StandardCharsets.UTF_8);
    Files.writeString(
        neu, text.replace("信息形成或者变更之日起20个工作日内", "信息形成或者变更之日起5个工作日内"), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("diff", old.toString(), neu.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("0 breaking, 0 changed, 15 additive");
    assertThat(CliRun.of("diff", old.toString(), neu.toString(), "--fail-on", "any").code())
        .isEqualTo(1);
  }

  @Test
  void chineseLabelsWithLangZh() {
    CliRun run = CliRun.of("diff", OLD, NEW, "--lang", "zh", "--fail-on", "none");
    assertThat(run.out())
        .contains("安全生产 · 基础目录")
        .contains("~ T-011 公开方式  [破坏性变更]")
        .contains("破坏性变更 5 处，一般变更 14 处，增补性变更 5 处");
  }

  @Test
  void colourOnlyWhenAsked() {
    assertThat(CliRun.of("diff", OLD, NEW, "--color", "always").out()).contains("\u001B[");
    assertThat(CliRun.of("diff", OLD, NEW, "--color", "never").out()).doesNotContain("\u001B[");
    // auto: no console in tests
    assertThat(CliRun.of("diff", OLD, NEW).out()).doesNotContain("\u001B[");
  }

  @Test
  void treesReportTheOverlaysTheyBreak() {
    CliRun run = CliRun.of("diff", TREE.resolve("old").toString(), TREE.resolve("new").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("Overlays below that the changes break (6)")
        .contains(
            "tree-impact/new/regions/511703-达川区/safety-production.yaml:20:5: GK203: modify may"
                + " not change field owner");
  }

  @Test
  void impactsAloneFailTheBreakingGate(@TempDir Path dir) throws IOException {
    // only the policy changes (class changed), but an overlay below modifies owner
    Path old = TREE.resolve("old");
    Path neu = dir.resolve("new");
    TestCatalogs.copy(old, neu);
    Path basic = neu.resolve("basic/safety-production.yaml");
    TestCatalogs.replaceIn(basic, "deadline, owner, channels]", "deadline, channels]");
    CliRun run = CliRun.of("diff", old.toString(), neu.toString(), "--format", "json");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("\"breaking\" : 0").contains("\"rule\" : \"GK203\"");
    assertThat(CliRun.of("diff", old.toString(), neu.toString(), "--fail-on", "none").code())
        .isZero();
  }

  @Test
  void markdownEscapesCellsAndMarksInlineEdits() {
    CliRun run = CliRun.of("diff", OLD, NEW, "--format", "markdown", "--fail-on", "none");
    assertThat(run.out())
        .startsWith("### Changes from `" + OLD + "` to `" + NEW + "`")
        .contains("| class | changes |")
        .contains("#### 安全生产 · basic catalogue")
        .contains("<del>旧</del><ins>新</ins>备注")
        .contains("| T-005 | channels (公开渠道和载体) |  | <ins>两微一端</ins> | additive |")
        .contains("| **breaking** |");
  }

  @Test
  void htmlIsStandaloneAndEscaped(@TempDir Path dir) throws IOException {
    Path old = dir.resolve("old.yaml");
    Path neu = dir.resolve("new.yaml");
    String text = Files.readString(FIELDS.resolve("old.yaml"), StandardCharsets.UTF_8);
    Files.writeString(old, text, StandardCharsets.UTF_8);
    Files.writeString(
        neu,
        text.replace("owner: 县级应急管理部门", "owner: \"<script>alert(1)</script>&\""),
        StandardCharsets.UTF_8);
    Path html = dir.resolve("out/diff.html");
    CliRun run =
        CliRun.of(
            "diff", old.toString(), neu.toString(), "--format", "html", "-o", html.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith(html + "\n").doesNotContain("<");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;")
        .doesNotContain("<script>")
        .doesNotContain("http");
  }

  @Test
  void identicalTreesAreEmpty() {
    String tree = TREE.resolve("new").toString();
    CliRun run = CliRun.of("diff", tree, tree);
    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("\nNo changes.\n");
    CliRun md = CliRun.of("diff", tree, tree, "--format", "markdown");
    assertThat(md.out()).contains("No changes.");
    CliRun html = CliRun.of("diff", tree, tree, "--format", "html");
    assertThat(html.out()).contains("<p>No changes.</p>");
  }

  @Test
  void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "gkml: 1\nkind: catalog\ndomain: [\n", StandardCharsets.UTF_8);
    assertOneLine(CliRun.of("diff", OLD, broken.toString()), "cannot diff: ");
    Path invalid = dir.resolve("invalid.yaml");
    Files.writeString(invalid, "gkml: 1\nkind: catalog\ndomain: x\n", StandardCharsets.UTF_8);
    assertOneLine(CliRun.of("diff", OLD, invalid.toString()), "invalid.yaml:");
    assertOneLine(CliRun.of("diff", OLD, dir.resolve("nope.yaml").toString()), "no such file");
    assertOneLine(CliRun.of("diff", OLD, dir.toString()), "cannot compare");
    assertOneLine(CliRun.of("diff", OLD), "two paths");
    assertOneLine(
        CliRun.of("diff", OLD, DiffGoldenTest.CASES.resolve("overlay-entries/new.yaml").toString()),
        "one is a catalogue, the other an overlay");
    assertOneLine(CliRun.of("diff", OLD, NEW, "--tier", "县级"), "--tier needs --region");
    assertOneLine(CliRun.of("diff", OLD, NEW, "--region", "12"), "not a division code");
    assertOneLine(
        CliRun.of("diff", OLD, NEW, "--region", "511703", "--tier", "省级"), "--tier \"省级\"");
    Path config = dir.resolve("gkml.yaml");
    Files.writeString(config, "gkml: 1\nkind: config\n", StandardCharsets.UTF_8);
    assertOneLine(CliRun.of("diff", config.toString(), config.toString()), "only kind: catalog");
  }

  @Test
  void unknownOptionValuesAreUsageErrors() {
    CliRun run = CliRun.of("diff", OLD, NEW, "--format", "pdf");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("text, json, markdown, html, xlsx");
    assertThat(CliRun.of("diff", OLD, NEW, "--fail-on", "some").code()).isEqualTo(2);
    assertThat(CliRun.of("diff", OLD, NEW, "--color", "sometimes").code()).isEqualTo(2);
  }

  @Test
  void helpIsTranslated() {
    assertThat(CliRun.of("diff", "--help").out()).contains("--fail-on").contains("breaking");
    assertThat(CliRun.of("diff", "--help", "--lang", "zh").out()).contains("退出码为 1");
  }

  static void assertOneLine(CliRun run, String text) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).startsWith("gkml: ").contains(text).doesNotContain("Exception");
    assertThat(run.err().strip().lines()).hasSize(1);
  }
}
