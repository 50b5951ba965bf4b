package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.gkml.TestCatalogs;
import org.gkml.cli.Gkml;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a hostile or careless author might hand gkml. Each must end within 10 s with one clear
 * finding and no exception, both in the loader and through {@code gkml validate} (no stack trace,
 * exit code 1 or 2). Big files are generated here, never committed.
 */
class HostileFileTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final Messages MESSAGES = Messages.english();
  private static FileLoader loader;

  @TempDir Path dir;

  @BeforeAll
  static void compileSchemasOnce() {
    loader = new FileLoader(MESSAGES);
  }

  private static final String CATALOG = TestCatalogs.CATALOG;

  @Test
  void billionLaughsAliasesStopAtTheNodeLimit() throws IOException {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Path file = write("laughs.yaml", yaml.toString());

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.LIMIT);
    assertThat(f.message()).contains("alias");
    assertThat(f.loc().line()).isBetween(2, 10);
    assertThat(cli(file)).isEqualTo(2);
  }

  @Test
  void twentyMegabyteScalarIsRefusedUnread() throws IOException {
    Path file = dir.resolve("big.yaml");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("gkml: 1\nkind: catalog\ntitle: \"");
      char[] chunk = "政务公开".repeat(4096).toCharArray();
      for (long written = 0; written < 20L << 20; written += chunk.length * 3L) {
        out.write(chunk);
      }
      out.write("\"\n");
    }

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.LIMIT);
    assertThat(f.message()).contains("larger than 8 MB");
    assertThat(cli(file)).isEqualTo(2);
  }

  @Test
  void sevenMegabyteOneLineScalarUnderTheLimitIsReadInLinearTime() throws IOException {
    // SnakeYAML's default 1 KB read window made this quadratic: minutes, not milliseconds
    Path file = write("long.yaml", CATALOG.replace("处罚依据、处罚结果", "处".repeat(7 << 20 >> 2)));

    LoadedFile loaded = load(file);

    assertThat(loaded.unreadable()).isFalse();
    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.document()).isNotNull();
    // read in time; too long for a table cell, which is a finding (GK110), not a failure to read
    assertThat(cli(file)).isEqualTo(1);
  }

  @Test
  void longUnknownChannelAndDeadlineAreCheckedInTime() throws IOException {
    String huge = "渠".repeat(1 << 18);
    Path file =
        write(
            "long-values.yaml",
            CATALOG
                .replace("[政府网站, 两微一端]", "[\"" + huge + "\"]")
                .replace("信息形成或者变更之日起20个工作日内", huge));

    assertThat(cli(file)).isEqualTo(1);
  }

  @Test
  void tenThousandDeepFlowSequenceStopsAtTheDepthLimit() throws IOException {
    Path file = write("deep.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.LIMIT);
    assertThat(f.message()).contains("nested more than 64 levels");
    assertThat(f.loc().line()).isEqualTo(1);
    assertThat(cli(file)).isEqualTo(2);
  }

  @Test
  void tenThousandDeepFlowMappingStopsAtTheDepthLimit() throws IOException {
    Path file = write("deep-map.yaml", "{a: ".repeat(10_000) + "x" + "}".repeat(10_000) + "\n");

    assertThat(onlyFinding(file).rule()).isEqualTo(Rule.LIMIT);
  }

  @Test
  void tenThousandDeepBlockSequenceStopsAtTheDepthLimit() throws IOException {
    Path file = write("deep-block.yaml", "- ".repeat(10_000) + "x\n");

    assertThat(onlyFinding(file).rule()).isEqualTo(Rule.LIMIT);
  }

  @Test
  void binaryJunkIsNotText() throws IOException {
    byte[] junk = new byte[64 << 10];
    new Random(42).nextBytes(junk);
    junk[100] = 0;
    Path file = dir.resolve("junk.yaml");
    Files.write(file, junk);

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.ENCODING);
    assertThat(f.message()).contains("binary");
    assertThat(cli(file)).isEqualTo(2);
  }

  @Test
  void gbkBytesSaySoAndHowToConvert() throws IOException {
    Path file = dir.resolve("gbk.yaml");
    Files.write(file, CATALOG.getBytes(Charset.forName("GBK")));

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.ENCODING);
    assertThat(f.loc().line()).as("the first line with a non-ASCII byte").isEqualTo(3);
    assertThat(f.message()).contains("GB18030/GBK").contains("iconv -f GB18030 -t UTF-8");
    assertThat(cli(file)).isEqualTo(2);
  }

  @Test
  void gbkMessageIsChineseForChineseUsers() throws IOException {
    Path file = dir.resolve("gbk.yaml");
    Files.write(file, CATALOG.getBytes(Charset.forName("GBK")));

    LoadedFile loaded =
        new FileLoader(Messages.of(Messages.localeFor("zh"))).load(file, "gbk.yaml", null);

    assertThat(loaded.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("GB18030");
  }

  @Test
  void emptyFileIsOneSchemaError() throws IOException {
    Path file = write("empty.yaml", "");

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.SCHEMA);
    assertThat(f.message()).contains("empty");
    assertThat(cli(file)).isEqualTo(1);
  }

  @Test
  void whitespaceAndCommentsOnlyIsAnEmptyFile() throws IOException {
    Path file = write("blank.yaml", "\n\n   \n# 只有注释\n");

    assertThat(onlyFinding(file).message()).contains("empty");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() throws IOException {
    Path file = dir.resolve("bom.yaml");
    Files.write(file, ("\uFEFF" + CATALOG).getBytes(StandardCharsets.UTF_8));

    LoadedFile loaded = load(file);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.document()).isNotNull();
    assertThat(loaded.file().locate("/kind").line()).isEqualTo(2);
    assertThat(cli(file)).isZero();
  }

  @Test
  void utf16WithByteOrderMarkSaysUtf16() throws IOException {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Path file = dir.resolve("utf16-" + utf16.name() + ".yaml");
      Files.write(file, ("\uFEFF" + CATALOG).getBytes(utf16));

      Finding f = onlyFinding(file);

      assertThat(f.rule()).isEqualTo(Rule.ENCODING);
      assertThat(f.message()).contains("UTF-16");
      assertThat(cli(file)).isEqualTo(2);
    }
  }

  @Test
  void utf16WithoutByteOrderMarkSaysUtf16NotBinary() throws IOException {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Path file = dir.resolve("utf16-" + utf16.name() + ".yaml");
      Files.write(file, CATALOG.getBytes(utf16));

      assertThat(onlyFinding(file).message()).contains("UTF-16");
    }
  }

  @Test
  void malformedUtf8ThatIsNotGbkSaysNotUtf8() throws IOException {
    Path file = dir.resolve("latin.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.ENCODING);
    assertThat(f.message()).contains("not valid UTF-8");
  }

  @Test
  void manyDocumentsStopAtTheSecond() throws IOException {
    Path file = write("stream.yaml", "a: 1\n---\n".repeat(50_000));

    Finding f = onlyFinding(file);

    assertThat(f.rule()).isEqualTo(Rule.SYNTAX);
    assertThat(f.loc().line()).isEqualTo(2);
  }

  @Test
  void hundredThousandKeysInOneMappingEndInTime() throws IOException {
    StringBuilder yaml = new StringBuilder(4 << 20);
    for (int i = 0; i < 100_000; i++) {
      yaml.append('k').append(i).append(": v\n");
    }
    Path file = write("wide.yaml", yaml.toString());

    assertTimeoutPreemptively(LIMIT, () -> load(file));
  }

  @Test
  void unreadableFileIsAFindingNotAnException() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));

    LoadedFile loaded = load(folder);

    assertThat(loaded.unreadable()).isTrue();
    assertThat(loaded.findings()).singleElement().extracting(Finding::rule).isEqualTo(Rule.SYNTAX);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private LoadedFile load(Path file) {
    return assertTimeoutPreemptively(LIMIT, () -> loader.load(file, file.toString(), null));
  }

  private Finding onlyFinding(Path file) {
    LoadedFile loaded = load(file);
    assertThat(loaded.findings()).hasSize(1);
    Finding f = loaded.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.loc().file().path()).isEqualTo(file);
    return f;
  }

  /** Runs {@code gkml validate FILE}: no stack trace, one line per finding, the exit code. */
  private int cli(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                Gkml.run(
                    new PrintWriter(out),
                    new PrintWriter(err),
                    "validate",
                    "--lang",
                    "en",
                    file.toString()));
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out.toString()).doesNotContain("Exception");
    if (code != 0) {
      assertThat(out.toString()).contains(file.getFileName().toString() + ":");
    }
    return code;
  }
}
