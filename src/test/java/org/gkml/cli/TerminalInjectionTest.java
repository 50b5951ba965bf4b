package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gkml.TestCatalogs;
import org.gkml.text.TerminalText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 7 of issue 11 (injection into terminals and line-based formats): escape sequences, bidi
 * overrides and line breaks in values and file names reach no output raw. Text outputs quote them
 * git's way and keep one finding one line; JUnit stays well-formed XML.
 */
class TerminalInjectionTest {
  /** What a terminal or a line-based reader would act on: controls but the newline, and bidi. */
  private static final Pattern RAW =
      Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069]");

  /** A finding line or the summary: nothing else may appear in text output. */
  private static final Pattern FINDING_LINE =
      Pattern.compile(".+:\\d+:\\d+: (error|warning|info) GK\\d+: .*|\\d+ errors?, .*");

  private static final String CLEAR = "\u001B[2J\u001B[H";
  private static final String EVIL_NAME =
      "evil\n" + "x.yaml:1:1: error GK000: forged" + CLEAR + ".yaml";

  @TempDir Path dir;
  Path root;

  @BeforeEach
  void catalogueWithHostileText() throws IOException {
    root = dir.resolve("catalogs");
    TestCatalogs.copy(Path.of("catalogs"), root);
    Path basic = root.resolve("basic/safety-production.yaml");
    String text = Files.readString(basic, StandardCharsets.UTF_8);
    // YAML escapes: ESC, a right-to-left override, an OSC title sequence
    Files.writeString(
        basic,
        text.replaceFirst("mode: 主动", "mode: \"\\\\e[2J0 errors\\\\u202e主动\\\\e]0;pwned\\\\a\""),
        StandardCharsets.UTF_8);
    Files.writeString(basic.resolveSibling(EVIL_NAME), "gkml: 1\nkind: catalog\n");
  }

  @Test
  void quotingFollowsGit() {
    assertThat(TerminalText.quote("a\u001B[31mb")).isEqualTo("a\\033[31mb");
    assertThat(TerminalText.quote("a\nb\tc\rd\u0007\u007F")).isEqualTo("a\\nb\\tc\\rd\\a\\177");
    assertThat(TerminalText.quote("\u202Eabc\u2066\u200F\u061C\u2028\u0085"))
        .isEqualTo("\\u202Eabc\\u2066\\u200F\\u061C\\u2028\\u0085");
    assertThat(TerminalText.quoteKeepingNewlines("甲\n乙\u001B")).isEqualTo("甲\n乙\\033");
    assertThat(TerminalText.quote("安全生产 𠀀 C:\\temp")).isEqualTo("安全生产 𠀀 C:\\temp");
    assertThat(TerminalText.quote("\uD800x\uFFFF")).isEqualTo("\\uD800x\\uFFFF");
    assertThat(TerminalText.quote(null)).isNull();
  }

  @Property(tries = 500)
  void quotedTextHasNoRawControlsAndQuotingTwiceChangesNothing(@ForAll String text) {
    String once = TerminalText.quote(text);
    assertThat(RAW.matcher(once).find()).isFalse();
    assertThat(once).doesNotContain("\n");
    assertThat(TerminalText.quote(once)).isEqualTo(once);
    String kept = TerminalText.quoteKeepingNewlines(text);
    assertThat(RAW.matcher(kept).find()).isFalse();
    assertThat(kept.chars().filter(c -> c == '\n').count())
        .isEqualTo(text.chars().filter(c -> c == '\n').count());
  }

  @Test
  void validateTextKeepsOneFindingOneLine() {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(1);
    assertNoRawControls(run.out());
    assertThat(run.out().split("\n")).allMatch(line -> FINDING_LINE.matcher(line).matches());
    assertThat(run.out())
        .contains("evil\\nx.yaml:1:1: error GK000: forged\\033[2J\\033[H.yaml:1:1: error GK001");
  }

  @Test
  void githubAnnotationsCarryNoRawControls() {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--format", "github");
    assertThat(run.code()).isEqualTo(1);
    assertNoRawControls(run.out());
    String[] lines = run.out().split("\n");
    // every annotation a workflow command; the last line is the count of findings
    assertThat(java.util.Arrays.copyOf(lines, lines.length - 1))
        .allMatch(line -> line.startsWith("::"));
    assertThat(lines[lines.length - 1]).matches("\\d+ errors?, \\d+ warnings? in \\d+ files?");
  }

  @Test
  void junitStaysWellFormedXml() {
    CliRun run = CliRun.of("validate", "--root", root.toString(), "--format", "junit");
    assertThat(run.code()).isEqualTo(1);
    assertNoRawControls(run.out());
    assertThatCode(
            () ->
                DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))))
        .doesNotThrowAnyException();
  }

  @Test
  void explainQuotesValuesFromOverlays() throws IOException {
    Path overlay = root.resolve("regions/511703-达川区/safety-production.yaml");
    TestCatalogs.replaceIn(
        overlay,
        "    owner: 达川区应急管理局\n    channels: {add: [政务服务中心]}",
        "    owner: \"达川区\\e[2J\\u202e应急管理局\\n伪造行\"\n    channels: {add: [政务服务中心]}");
    Files.delete(root.resolve("basic").resolve(EVIL_NAME));
    Path basic = root.resolve("basic/safety-production.yaml");
    Files.writeString(
        basic,
        Files.readString(basic, StandardCharsets.UTF_8).replaceFirst("mode: \".*\"", "mode: 主动"),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("explain", "--root", root.toString(), "--region", "511703", "AQSC-005");
    assertThat(run.err()).isEmpty();
    assertNoRawControls(run.out());
    // explain writes a value on one line: its line breaks become spaces
    assertThat(run.out()).contains("达川区\\033[2J\\u202E应急管理局 伪造行");
    assertThat(run.out().split("\n")).allMatch(line -> !line.startsWith("伪造行"));
  }

  @Test
  void diffTextAndMarkdownQuoteValuesAndLabels() throws IOException {
    Path old = root.resolve("basic/social-insurance.yaml");
    Path neu = dir.resolve("new\u001B[2J.yaml");
    String text = Files.readString(old, StandardCharsets.UTF_8);
    Files.writeString(
        neu,
        text.replaceFirst(
                "content: (.*)", "content: \"$1\\\\e]8;;http://evil\\\\a\\\\u202e链接\\\\n第二行\"")
            .replaceFirst("owner: (.*)", "owner: \"$1\\\\e[31m\\\\r\""),
        StandardCharsets.UTF_8);
    for (String format : List.of("text", "markdown", "html")) {
      CliRun run =
          CliRun.of(
              "diff", old.toString(), neu.toString(), "--format", format, "--fail-on", "none");
      assertThat(run.err()).as(format).isEmpty();
      assertThat(run.code()).as(format).isZero();
      assertNoRawControls(run.out());
      // Markdown escapes the quoting backslash (and brackets) once more: it renders as written;
      // HTML keeps it
      String backslash = format.equals("markdown") ? "\\\\" : "\\";
      assertThat(run.out())
          .as(format)
          .contains(backslash + "033")
          .contains("http://evil" + backslash + "a" + backslash + "u202E链接");
    }
    CliRun coloured =
        CliRun.of("diff", old.toString(), neu.toString(), "--color", "always", "--fail-on", "none");
    // the palette's own colours are the only escape sequences left
    assertNoRawControls(coloured.out().replaceAll("\u001B\\[[0-9;]*m", ""));
    assertThat(coloured.out()).contains("\u001B[").contains("new\\033[2J.yaml");
  }

  @Test
  void jsonOutputsEscapeControlsAndKeepTheValues() throws IOException {
    Path old = root.resolve("basic/social-insurance.yaml");
    Path neu = dir.resolve("new.yaml");
    Files.writeString(
        neu,
        Files.readString(old, StandardCharsets.UTF_8)
            .replaceFirst("content: (.*)", "content: \"$1\\\\e[2J\\\\u202e链接\\\\x85\\\\x7f\""),
        StandardCharsets.UTF_8);
    CliRun diff =
        CliRun.of("diff", old.toString(), neu.toString(), "--format", "json", "--fail-on", "none");
    CliRun findings = CliRun.of("validate", "--root", root.toString(), "--format", "json");
    CliRun sarif = CliRun.of("validate", "--root", root.toString(), "--format", "sarif");
    for (CliRun run : List.of(diff, findings, sarif)) {
      assertNoRawControls(run.out());
      assertThat(new ObjectMapper().readTree(run.out())).isNotNull();
    }
    List<String> texts = new ArrayList<>();
    new ObjectMapper().readTree(diff.out()).forEach(n -> collect(n, texts));
    assertThat(texts).anyMatch(t -> t.endsWith("\u001B[2J\u202E链接\u0085\u007F"));
    assertThat(findings.out()).contains("evil\\n").contains("\\u001B[2J");
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.textValue());
    }
    node.forEach(child -> collect(child, texts));
  }

  @Test
  void errorLinesQuoteFileNames() {
    CliRun run =
        CliRun.of("validate", "--root", dir.resolve("none" + CLEAR + "\nforged").toString());
    assertThat(run.code()).isEqualTo(2);
    assertNoRawControls(run.err());
    assertThat(run.err().strip()).doesNotContain("\n").contains("none\\033[2J\\033[H\\nforged");
  }

  private static void assertNoRawControls(String output) {
    assertThat(RAW.matcher(output).results().map(m -> m.group()).toList())
        .as("raw control characters in%n%s", output)
        .isEmpty();
  }
}
