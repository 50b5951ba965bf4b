package org.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's overlay that declares a domain not applicable ({@code applicable: false}, FORMAT.md
 * 1.1) added, removed or given another reason, diffed as trees, with {@code --git} and with {@code
 * --region}, on copies of the shipped sample tree: the domain removed for the region is breaking,
 * restored additive, a new reason changed, in every format and language.
 */
class NotApplicableDiffTest {
  private static final String COUNTY = "regions/511703-达川区";
  private static final String VILLAGE =
      COUNTY + "/511703001-三里坪街道/511703001201-凤凰村/employment.yaml";

  @TempDir Path dir;
  Path old;
  Path neu;

  /** Employment may be skipped; the new tree's county declares it not applicable. */
  @BeforeEach
  void trees() throws IOException {
    old = TestCatalogs.copyOfShipped(dir.resolve("old"));
    TestCatalogs.replaceIn(
        old.resolve("basic/employment.yaml"), "\nitems:", "\npolicy:\n  skippable: true\nitems:");
    neu = dir.resolve("new");
    TestCatalogs.copy(old, neu);
    Files.writeString(neu.resolve(COUNTY + "/employment.yaml"), declaration("本区无此项工作"));
  }

  private static String declaration(String reason) {
    return "gkml: 1\nkind: overlay\ndomain: 就业\nregion: {code: \"511703\", name: 达川区}\n"
        + "version: \"2025.1\"\napplicable: false\nreason: "
        + reason
        + "\n";
  }

  private CliRun diff(Path a, Path b, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("diff", a.toString(), b.toString()));
    args.addAll(List.of(options));
    return CliRun.of(args);
  }

  @Test
  void theValidatorFindsTheSameProblemBelow() {
    CliRun run = CliRun.of("validate", "--root", neu.toString(), "--lang", "en");
    assertThat(run.out()).contains(neu.resolve(VILLAGE) + ":").contains(": error GK201: ");
  }

  @Test
  void declaringTheDomainNotApplicableIsBreakingAndBreaksTheOverlayBelow() {
    CliRun run = diff(old, neu, "--lang", "en");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("就业 · 511703  " + neu.resolve(COUNTY + "/employment.yaml"))
        .contains("  ~ applicable  [breaking]\n      - applies\n      + not applicable: 本区无此项工作\n")
        // the village's modify names an item its county no longer has, as validate says
        .containsPattern(
            java.util.regex.Pattern.quote(neu.resolve(VILLAGE).toString()) + ":\\d+:\\d+: GK201:")
        .endsWith("1 breaking, 0 changed, 0 additive\n");
    assertThat(diff(old, neu, "--fail-on", "breaking").code()).isEqualTo(1);
  }

  @Test
  void restoringItIsAdditiveAndFailsOnlyOnAny() {
    CliRun run = diff(neu, old, "--lang", "zh", "--fail-on", "breaking");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("  ~ 是否适用（未涉及领域）  [增补性变更]\n      - 不适用：本区无此项工作\n      + 适用\n")
        .doesNotContain("GK201")
        .endsWith("破坏性变更 0 处，一般变更 0 处，增补性变更 1 处\n");
    assertThat(diff(neu, old, "--fail-on", "any").code()).isEqualTo(1);
  }

  @Test
  void anotherReasonIsAChangeThatFailsOnlyOnAny() throws IOException {
    Path reworded = dir.resolve("reworded");
    TestCatalogs.copy(neu, reworded);
    Files.writeString(reworded.resolve(COUNTY + "/employment.yaml"), declaration("本区已无就业服务机构"));
    CliRun run = diff(neu, reworded, "--lang", "zh", "--fail-on", "breaking");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("  ~ 是否适用（未涉及领域）  [一般变更]\n      - 不适用：本区无此项工作\n      + 不适用：本区已无就业服务机构\n")
        .endsWith("破坏性变更 0 处，一般变更 1 处，增补性变更 0 处\n");
    assertThat(diff(neu, reworded, "--fail-on", "any").code()).isEqualTo(1);
    // the region's own view sees the new reason too, though its (empty) catalogue is unchanged
    CliRun region = diff(neu, reworded, "--region", "511703001", "--format", "json");
    assertThat(region.code()).isZero();
    assertThat(region.out())
        .contains("\"region\" : \"511703001\"")
        .contains("\"field\" : \"applicable\"")
        .contains("\"reason\" : \"本区已无就业服务机构\"")
        .contains("\"changed\" : 1");
  }

  @Test
  void theRegionViewNamesTheDeclarationBesideTheItemsItTakes() {
    CliRun run = diff(old, neu, "--region", "511703", "--lang", "en");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("  ~ applicable  [breaking]\n      - applies\n      + not applicable: 本区无此项工作\n")
        .contains("- JYCY-001 item removed");
  }

  @Test
  void jsonWritesTheFileKeys() {
    CliRun run = diff(old, neu, "--format", "json");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "\"item\" : null,\n    \"kind\" : \"modified\",\n    \"field\" : \"applicable\",\n"
                + "    \"before\" : {\n      \"applicable\" : true\n    },\n"
                + "    \"after\" : {\n      \"applicable\" : false,\n"
                + "      \"reason\" : \"本区无此项工作\"\n    },\n    \"class\" : \"breaking\"")
        .contains("\"breaking\" : 1");
  }

  @Test
  void markdownAndHtmlShowItInBothLanguages() {
    assertThat(diff(old, neu, "--format", "markdown", "--lang", "zh").out())
        .contains("|  | 是否适用（未涉及领域） | 适用 | 不适用：本区无此项工作 | **破坏性变更** |");
    assertThat(diff(old, neu, "--format", "markdown", "--lang", "en").out())
        .contains("|  | applicable | applies | not applicable: 本区无此项工作 | **breaking** |");
    assertThat(diff(old, neu, "--format", "html", "--lang", "zh").out())
        .contains(
            "<td>是否适用（未涉及领域）</td><td class=\"v\">适用</td>"
                + "<td class=\"v\">不适用：本区无此项工作</td><td class=\"breaking\">破坏性变更</td>");
    assertThat(diff(old, neu, "--format", "html", "--lang", "en").out())
        .contains(
            "<td>applicable</td><td class=\"v\">applies</td>"
                + "<td class=\"v\">not applicable: 本区无此项工作</td><td class=\"breaking\">breaking</td>");
  }

  @Test
  void theRevisionTableHasARowForIt() throws IOException {
    Path xlsx = dir.resolve("修订对照表.xlsx");
    assertThat(diff(old, neu, "--format", "xlsx", "-o", xlsx.toString()).code()).isEqualTo(1);
    try (Workbook book = XlsxDiffTest.read(xlsx)) {
      Sheet sheet = book.getSheet("就业");
      assertThat(XlsxDiffTest.row(sheet, 1))
          .containsExactly("", "", "", "是否适用（未涉及领域）", "适用", "不适用：本区无此项工作", "破坏性变更", "511703");
    }
  }

  @Test
  void gitRevisionsSeeItAddedAndRemoved() throws IOException, GitAPIException {
    Path repo = dir.resolve("repo");
    Path catalogs = repo.resolve("catalogs");
    TestCatalogs.copy(old, catalogs);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      TestGit.commitAll(git, "employment may be skipped");
      Files.writeString(
          catalogs.resolve(COUNTY + "/employment.yaml"),
          declaration("本区无此项工作"),
          StandardCharsets.UTF_8);
      CliRun added =
          CliRun.of("diff", "--git", "HEAD", catalogs.toString(), "--fail-on", "breaking");
      assertThat(added.code()).isEqualTo(1);
      assertThat(added.out()).contains("~ applicable  [breaking]");
      TestGit.commitAll(git, "达川区: employment not applicable");
      Files.delete(catalogs.resolve(COUNTY + "/employment.yaml"));
      CliRun removed =
          CliRun.of("diff", "--git", "HEAD", catalogs.toString(), "--fail-on", "breaking");
      assertThat(removed.code()).isZero();
      assertThat(removed.out())
          .contains("HEAD:catalogs/" + COUNTY + "/employment.yaml")
          .contains("~ applicable  [additive]");
    }
  }
}
