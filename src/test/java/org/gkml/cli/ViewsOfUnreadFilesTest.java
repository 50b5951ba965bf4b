package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views of the tree ({@code explain}, {@code basis}, {@code report}) read it without checking
 * it, and used to answer from whatever happened to load: an overlay with a misspelt key was
 * "inherited", its removal unseen, its items "not in the tree", exit 0 and nothing on stderr. A
 * file that did not load must be named with its cause, and the exit code must not be 0.
 */
class ViewsOfUnreadFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OVERLAY = "regions/511703-达川区/safety-production.yaml";
  private static final String BASIC = "basic/safety-production.yaml";

  @TempDir Path tmp;
  private Path root;

  @BeforeEach
  void copyTree() throws IOException {
    root = TestCatalogs.copyOfShipped(tmp);
  }

  private CliRun run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--root", root.toString()));
    return CliRun.of(all);
  }

  /** The overlay's {@code modify} misspelt: GK001, the file does not load. */
  private void misspellOverlayKey() throws IOException {
    TestCatalogs.replaceIn(root.resolve(OVERLAY), "\nmodify:", "\nmodfy:");
  }

  private static void assertCauseOnce(CliRun run, String file, String rule) {
    assertThat(run.err()).contains(file).contains(rule);
    assertThat(run.err().split(rule, -1)).as(run.err()).hasSize(2); // named once
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void explainOfAnItemWhoseChainHoldsAnOverlayThatDidNotLoadGivesTheCauseNotAnAnswer()
      throws IOException {
    misspellOverlayKey();
    // the broken overlay removes AQSC-003: "visible" would be wrong
    CliRun run = run("explain", "--region", "511703", "AQSC-003");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertCauseOnce(run, OVERLAY + ":", "GK001");
  }

  @Test
  void explainOfAnItemAddedByAFileThatDidNotLoadDoesNotCallItUnknown() throws IOException {
    misspellOverlayKey();
    CliRun run = run("explain", "--region", "511703001", "511703-AQSC-001");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).doesNotContain("511703001-AQSC-001"); // no nonsense suggestion
    assertCauseOnce(run, OVERLAY + ":", "GK001");
  }

  @Test
  void explainOfAnotherDomainIsNotStoppedByAFileItDoesNotDependOn() throws IOException {
    misspellOverlayKey();
    CliRun run = run("explain", "--region", "511703102", "WFGZ-001");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("WFGZ-001");
  }

  @Test
  void explainStillShowsRuleFindingsOfFilesThatLoaded() throws IOException {
    // a field the policy does not let an overlay modify: a rule error (GK203), not a read failure
    TestCatalogs.replaceIn(
        root.resolve(OVERLAY), "  - id: AQSC-005\n", "  - id: AQSC-005\n    mode: 依申请\n");
    assertThat(run("merge", "--region", "511703").code()).isEqualTo(1);
    CliRun run = run("explain", "--region", "511703", "AQSC-005");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("GK203");
  }

  @Test
  void basisWithAFileThatDidNotLoadListsNothingAndSaysWhy() throws IOException {
    misspellOverlayKey();
    for (List<String> args :
        List.of(List.of("basis", "--law", "安全生产法"), List.of("basis", "--format", "json"))) {
      CliRun run = run(args.toArray(String[]::new));
      assertThat(run.code()).as(args + run.err()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertCauseOnce(run, OVERLAY + ":", "GK001");
    }
    Path repealed = tmp.resolve("repealed.txt");
    Files.writeString(repealed, "《中华人民共和国安全生产法》\n");
    CliRun run = run("basis", "--repealed", repealed.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("GK405");
    assertCauseOnce(run, OVERLAY + ":", "GK001");
  }

  @Test
  void reportMarksWhatDependsOnAnOverlayThatDidNotLoadAndExitsOne() throws IOException {
    CliRun clean = run("report", "--format", "json");
    assertThat(clean.code()).isZero();
    misspellOverlayKey();
    CliRun run = run("report", "--format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertCauseOnce(run, OVERLAY + ":", "GK001");
    JsonNode before = JSON.readTree(clean.out());
    JsonNode after = JSON.readTree(run.out());
    for (int i = 0; i < after.path("regions").size(); i++) {
      JsonNode region = after.path("regions").get(i);
      String code = region.path("code").asText();
      JsonNode safety = region.path("domains").path("安全生产");
      if (code.startsWith("511703")) { // the county and every region below it
        assertThat(safety.path("status").asText()).as(code).isEqualTo("unreadable");
        assertThat(safety.path("cause").asText()).contains(OVERLAY + ":");
      }
      // the other domains read as before
      JsonNode housing = region.path("domains").path("农村危房改造");
      assertThat(housing).isEqualTo(before.path("regions").get(i).path("domains").path("农村危房改造"));
    }
    assertThat(after.path("summary").path("unreadable").asInt()).isPositive();
    CliRun text = run("--lang", "zh", "report");
    assertThat(text.code()).isEqualTo(1);
    assertThat(text.out()).contains("安全生产：无法读取");
  }

  @Test
  void aBasicCatalogueSavedAsGbkIsNamedByEveryViewAndItsDomainIsNotLeftOut() throws IOException {
    Path basic = root.resolve(BASIC);
    String text = Files.readString(basic, StandardCharsets.UTF_8);
    Files.write(basic, text.getBytes(Charset.forName("GBK")));

    CliRun explain = run("explain", "--region", "511703", "AQSC-005");
    assertThat(explain.code()).as(explain.err()).isEqualTo(2); // unreadable input, as validate
    assertThat(explain.out()).isEmpty();
    assertCauseOnce(explain, BASIC + ":", "GK003");

    CliRun report = run("report", "--format", "json");
    assertThat(report.code()).isEqualTo(2);
    assertCauseOnce(report, BASIC + ":", "GK003");
    for (JsonNode region : JSON.readTree(report.out()).path("regions")) {
      // the domain is known from its overlays' files of the same name
      assertThat(region.path("domains").path("安全生产").path("status").asText())
          .isEqualTo("unreadable");
    }

    CliRun basis = run("basis");
    assertThat(basis.code()).isEqualTo(2);
    assertThat(basis.out()).isEmpty();
  }

  /** How a catalogue file is made unloadable. */
  enum Breakage {
    MISSPELT_TOP_KEY,
    UNCLOSED_BRACKET,
    GBK
  }

  /** A view of the tree. */
  enum View {
    REPORT,
    BASIS,
    BASIS_LAW,
    EXPLAIN
  }

  record Case(int file, Breakage breakage, View view) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 50),
            Arbitraries.of(Breakage.class),
            Arbitraries.of(View.class))
        .as(Case::new);
  }

  @Property(tries = 12)
  void noViewExitsZeroWhileAFileItReadsDidNotLoad(@ForAll("cases") Case c) throws IOException {
    Path dir = Files.createTempDirectory("gkml-views");
    try {
      Path tree = TestCatalogs.copyOfShipped(dir);
      List<Path> files;
      try (var s = Files.walk(tree)) {
        files =
            s.filter(p -> p.toString().endsWith(".yaml"))
                .filter(p -> !p.getFileName().toString().equals("gkml.yaml"))
                .sorted()
                .toList();
      }
      Path broken = files.get(c.file() % files.size());
      String domain = broken.getFileName().toString();
      String item = firstId(tree.resolve("basic").resolve(domain)); // read before it is broken
      String text = Files.readString(broken, StandardCharsets.UTF_8);
      assertThat(text).contains("\nkind:");
      switch (c.breakage()) {
        case MISSPELT_TOP_KEY -> Files.writeString(broken, text.replace("\nkind:", "\nknd:"));
        case UNCLOSED_BRACKET -> Files.writeString(broken, text + "\nextra: [a, b\n");
        case GBK -> Files.write(broken, (text + "\n# 注释\n").getBytes(Charset.forName("GBK")));
      }
      CliRun run =
          switch (c.view()) {
            case REPORT -> CliRun.of("report", "--root", tree.toString(), "--format", "json");
            case BASIS -> CliRun.of("basis", "--root", tree.toString());
            case BASIS_LAW -> CliRun.of("basis", "--root", tree.toString(), "--law", "条例");
            case EXPLAIN ->
                // the item whose chain holds the file: the first item of a basic catalogue of
                // the same name, for the deepest region of the file's folder
                CliRun.of(
                    "explain", "--root", tree.toString(), "--region", regionOf(tree, broken), item);
          };
      assertThat(run.code()).as(c + " " + broken + "\n" + run.err()).isIn(1, 2);
      assertThat(run.err()).contains(broken.getFileName().toString());
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    } finally {
      SilentDataLossTest.deleteTree(dir);
    }
  }

  /** The code of the folder a file is in, or the county's for a basic catalogue. */
  private static String regionOf(Path tree, Path file) {
    Path rel = tree.resolve("regions").relativize(file);
    if (rel.startsWith("..")) {
      return "511703";
    }
    String folder = rel.getName(rel.getNameCount() - 2).toString();
    return folder.substring(0, folder.indexOf('-'));
  }

  /** The first item id of a basic catalogue. */
  private static String firstId(Path basic) throws IOException {
    String text = Files.readString(basic, StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^  - id: (\\S+)$").matcher(text);
    assertThat(m.find()).as(basic.toString()).isTrue();
    return m.group(1);
  }
}
