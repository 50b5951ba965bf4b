package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.TestCatalogs;
import org.gkml.i18n.Messages;
import org.gkml.load.RegisterCsv;
import org.gkml.model.Finding;
import org.gkml.model.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A region register that is not CSV is unparseable input: exit 2 (docs/rules.md, GK002) with the
 * reason in the user's language at its line, never the CSV parser's English ("EOF reached before
 * encapsulated token finished"); and no command that reads the register passes over it: merge used
 * to exit 0 and say nothing, validate and build exited 1.
 */
class UnparseableRegisterTest {
  @TempDir Path tmp;
  private Path root;

  @BeforeEach
  void breakTheRegister() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp);
    Path csv = root.resolve("regions.csv");
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("\n511703102,石桥镇");
    Files.writeString(csv, text.replace("\n511703102,石桥镇", "\n511703102,\"石桥镇"));
  }

  private int lineOfTheQuote() throws IOException {
    List<String> lines = Files.readAllLines(root.resolve("regions.csv"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"")) {
        return i + 1;
      }
    }
    throw new AssertionError("no quote");
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--root", root.toString()));
    return CliRun.of(all);
  }

  @Test
  void validateExitsTwoWithTheReasonInChineseAtItsLine() throws IOException {
    CliRun run = run("--lang", "zh", "validate");
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.out())
        .contains("regions.csv:" + lineOfTheQuote() + ":1: error GK002: 无法读取区划登记表：带引号的字段没有闭合")
        .doesNotContain("EOF")
        .doesNotContain("encapsulated");
  }

  @Test
  void buildExitsTwoAndWritesNothing() {
    Path out = tmp.resolve("site");
    CliRun run = run("build", "-o", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void mergeDoesNotPassOverIt() throws IOException {
    CliRun run = run("merge", "--region", "511703", "--domain", "安全生产");
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("regions.csv:" + lineOfTheQuote() + ":1: error GK002");
  }

  @Test
  void mergeOfARegionOnlyTheRegisterKnowsNamesTheRegistersError() throws IOException {
    // a region without a folder or an overlay: only the register knows it
    Files.writeString(
        root.resolve("regions.csv"),
        "511703003,河市镇\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    CliRun run = run("merge", "--region", "511703003");
    assertThat(run.code()).isEqualTo(2);
    // the register's error is named: without it, "unknown region" would be no answer
    assertThat(run.err())
        .contains("regions.csv:" + lineOfTheQuote() + ":1")
        .contains("cannot read the region register");
  }

  @Test
  void everyViewAndNewOverlayStopWithTheCause() throws IOException {
    String at = "regions.csv:" + lineOfTheQuote() + ":1";
    for (List<String> args :
        List.of(
            List.of("report"),
            List.of("basis"),
            List.of("explain", "--region", "511703", "AQSC-001"),
            List.of("new", "overlay", "--region", "511703102", "--domain", "安全生产"))) {
      CliRun run = run(args.toArray(String[]::new));
      assertThat(run.code()).as(args + run.err()).isEqualTo(2);
      assertThat(run.err())
          .as(args.toString())
          .contains(at)
          .contains("cannot read the region register");
      assertThat(run.err()).doesNotContain("Exception");
    }
    try (var s = Files.walk(root.resolve("regions"))) {
      assertThat(s.filter(p -> p.toString().contains("511703102-")).filter(Files::isRegularFile))
          .as("new overlay wrote nothing")
          .allMatch(p -> !p.getFileName().toString().equals("safety-production.yaml"));
    }
  }

  @Test
  void reportSaysWhatItLacksWhenOnlyTheRegisterIsWrong() {
    CliRun run = run("report", "--format", "json");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("unreadable"); // no file is missing: nothing to mark
    assertThat(run.err()).contains("GK002").contains("the report lacks what the register");
  }

  @Test
  void importForARegionIsUnreadableInputNotAFaultOfTheTable() throws IOException {
    Path clean = TestCatalogs.copyOfShipped(tmp.resolve("clean"));
    Path table = tmp.resolve("511703.xlsx");
    CliRun export =
        CliRun.of(
            "export", "xlsx", "--region", "511703", "--root", clean.toString(), "-o", "" + table);
    assertThat(export.code()).as(export.err()).isZero();
    CliRun run = run("import", table.toString(), "--region", "511703", "--into-tree");
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("regions.csv:" + lineOfTheQuote() + ":1");
  }

  @Test
  void aRowInErrorOfAnotherRegionDoesNotStopMerge() throws IOException {
    Path csv = root.resolve("regions.csv");
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    // repaired, with a row whose code is malformed (GK301) for a region off 511703001's chain
    Files.writeString(
        csv, text.replace("\"石桥镇", "石桥镇") + "51170310220X,坏村\n", StandardCharsets.UTF_8);
    assertThat(run("validate").code()).isEqualTo(1);
    CliRun run = run("merge", "--region", "511703001", "--domain", "安全生产");
    assertThat(run.code()).as(run.err()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "code,name\n511703,\"达川区\n",
        "code,name\n511703,\"达川\"区\n",
      })
  void theParsersWordsNeverReachTheUser(String register) {
    for (Messages m : List.of(Messages.english(), Messages.of(java.util.Locale.CHINESE))) {
      RegisterCsv.Read read =
          RegisterCsv.read(
              register.getBytes(StandardCharsets.UTF_8),
              SourceFile.unstructured(Path.of("regions.csv"), "regions.csv"),
              m);
      assertThat(read.findings()).hasSize(1);
      Finding f = read.findings().get(0);
      assertThat(f.rule().id()).isEqualTo("GK002");
      assertThat(f.loc().line()).isEqualTo(2);
      assertThat(f.message())
          .doesNotContainIgnoringCase("encapsulated")
          .doesNotContain("EOF")
          .doesNotContain("token")
          .doesNotContain("position");
    }
  }
}
